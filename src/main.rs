fn main() {
    #[cfg(target_arch = "wasm32")]
    jincheng_report_app::start();
}
