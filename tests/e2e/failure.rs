//! A module that cannot start never leaves a blank page.

use crate::harness::{copy_build, dist_dir, Browser, Server, DESKTOP};

#[tokio::test]
async fn a_corrupt_module_shows_a_message_and_a_way_out() {
    let dir = std::env::temp_dir().join(format!("jc-corrupt-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_build(&dist_dir(), &dir, |path, mut bytes| {
        if path.extension().is_some_and(|x| x == "wasm") {
            // Half a module: what a broken download or a damaged cache leaves.
            bytes.truncate(bytes.len() / 2);
        }
        bytes
    });
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

#[tokio::test]
async fn a_missing_icon_is_no_failure() {
    let dir = std::env::temp_dir().join(format!("jc-no-icon-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_build(&dist_dir(), &dir, |_, bytes| bytes);
    std::fs::remove_file(dir.join("icon.svg")).unwrap();
    let s = Server::start(dir);
    let b = Browser::open(DESKTOP).await;
    b.load(&s, "?lang=en#/").await;
    b.wait_until("document.querySelector('main h1') !== null").await;
    assert_eq!(b.js("return document.getElementById('fatal').hidden;").await, true);
    b.close().await;
}
