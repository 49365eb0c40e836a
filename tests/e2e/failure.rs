//! A module that cannot start never leaves a blank page.

use crate::harness::{dist_dir, Browser, Server, DESKTOP};

#[tokio::test]
async fn a_corrupt_module_shows_a_message_and_a_way_out() {
    let dir = std::env::temp_dir().join(format!("jc-corrupt-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(dist_dir()).unwrap().flatten() {
        let p = e.path();
        let to = dir.join(e.file_name());
        if p.extension().is_some_and(|x| x == "wasm") {
            // Half a module: what a broken download or a damaged cache leaves.
            let bytes = std::fs::read(&p).unwrap();
            std::fs::write(&to, &bytes[..bytes.len() / 2]).unwrap();
        } else if p.is_file() {
            std::fs::copy(&p, &to).unwrap();
        }
    }
    let s = Server::start(dir);
    let b = Browser::open(DESKTOP).await;
    b.client.goto(&s.url("?lang=en#/")).await.unwrap();
    b.wait_until("!document.getElementById('fatal').hidden").await;
    let text = b.text("#fatal").await;
    assert!(text.contains("Something went wrong") && text.contains("页面出错了"), "{text}");
    assert!(b.js("return document.getElementById('fatal-detail').textContent.length > 0;").await.as_bool().unwrap());
    assert!(b.text("#fatal-reset").await.contains("Clear the offline copy"));
    b.close().await;
}
