//! Takes the screenshots a reviewer looks at: the built app at phone and
//! desktop sizes, in the states a reader meets. Usage:
//! `cargo run -p baogao-browser-tests --bin screenshots -- OUT_DIR`

use baogao_browser_tests::{Device, Session};
use std::path::PathBuf;

async fn shoot(session: &Session, dir: &std::path::Path, name: &str) {
    // Let smooth scrolling and transitions settle.
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    let png = session.client.screenshot().await.expect("screenshot");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("write screenshot");
    println!("{}", path.display());
}

#[tokio::main]
async fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "screenshots".into()),
    );
    std::fs::create_dir_all(&dir).expect("output folder");

    let phone = Session::open(Device::Phone).await;
    phone.load("").await;
    shoot(&phone, &dir, "phone-top").await;
    phone.click(".toc-button").await;
    shoot(&phone, &dir, "phone-toc").await;
    phone.load("#p-1-3-4").await;
    shoot(&phone, &dir, "phone-repeat").await;
    phone.load("#p-1-1-4").await;
    phone.js("window.scrollBy(0, 600); return 0").await;
    shoot(&phone, &dir, "phone-join").await;
    phone.collapse_all().await;
    phone.js("window.scrollTo(0, 0); return 0").await;
    shoot(&phone, &dir, "phone-collapsed").await;
    phone.expand_all().await;
    // A figure explained, the panel, the charts.
    phone.click(".fig[data-metric='money']").await;
    shoot(&phone, &dir, "phone-popover").await;
    phone.click(".pop-close").await;
    phone.click(".figures-button").await;
    shoot(&phone, &dir, "phone-panel").await;
    phone.click("[aria-controls='figures-charts']").await;
    shoot(&phone, &dir, "phone-charts").await;
    phone.click("[aria-controls='figures-targets']").await;
    shoot(&phone, &dir, "phone-targets-tab").await;
    phone.load("").await;
    phone.type_into("#search-input", "增长").await;
    shoot(&phone, &dir, "phone-search").await;
    phone.click(".search-list").await;
    shoot(&phone, &dir, "phone-search-results").await;
    phone.close().await;

    let dark = Session::open_dark(Device::Phone).await;
    dark.load("#p-1-1-3").await;
    shoot(&dark, &dir, "phone-dark").await;
    dark.click(".figures-button").await;
    dark.click("[aria-controls='figures-charts']").await;
    shoot(&dark, &dir, "phone-dark-charts").await;
    dark.close().await;

    let desktop = Session::open(Device::Desktop).await;
    desktop.load("").await;
    shoot(&desktop, &dir, "desktop-top").await;
    desktop.type_into("#search-input", "亿元").await;
    shoot(&desktop, &dir, "desktop-search").await;
    desktop.load("").await;
    desktop.load("#sec-1-3").await;
    shoot(&desktop, &dir, "desktop-section").await;
    desktop.click(".figures-button").await;
    shoot(&desktop, &dir, "desktop-panel").await;
    desktop.click("[aria-controls='figures-charts']").await;
    shoot(&desktop, &dir, "desktop-charts").await;
    desktop.close().await;

    // A report with its targets passage (a publisher's build of the city
    // fixture, `target/dist-city`): the card in the text, a target
    // explained, and the panel's tab.
    let city = baogao_browser_tests::publisher_dist();
    if city.exists() {
        for device in [Device::Phone, Device::Desktop] {
            let name = if device == Device::Phone {
                "phone"
            } else {
                "desktop"
            };
            let session = Session::open_build(device, &city).await;
            session.load("").await;
            session
                .js("document.querySelector('.targets-card').scrollIntoView({block: 'center'}); return 0")
                .await;
            shoot(&session, &dir, &format!("{name}-targets-card")).await;
            session.click(".targets-card + * .fig, #p-2-0-1 .fig").await;
            shoot(&session, &dir, &format!("{name}-target-explained")).await;
            session.close().await;
        }
    }

    // The 205,000-character report (`target/dist-long`) on a phone: its
    // top, a deep link far down, a search with thousands of matches, a
    // figure explained there and the figures panel.
    let long = baogao_browser_tests::long_dist();
    if long.exists() {
        let session = Session::open_build(Device::Phone, &long).await;
        session.load("").await;
        shoot(&session, &dir, "phone-long-top").await;
        let last_part = session
            .js("const parts = document.querySelectorAll('#report [id^=part-]'); return parts[parts.length - 2].id")
            .await;
        let last_part = last_part.as_str().unwrap_or_default().to_owned();
        session.load(&format!("#{last_part}")).await;
        shoot(&session, &dir, "phone-long-deep").await;
        session.click(".fig[data-metric='percent']").await;
        shoot(&session, &dir, "phone-long-explained").await;
        session.click(".pop-close").await;
        session.type_into("#search-input", "增长").await;
        shoot(&session, &dir, "phone-long-search").await;
        session.load("").await;
        session.click(".figures-button").await;
        shoot(&session, &dir, "phone-long-panel").await;
        session.close().await;
    }

    // A library (`target/dist-library`): its page on a phone (by year, by
    // place, filtered, searched) and a desktop, at 320 px, and a report in
    // it with the search's query.
    if baogao_browser_tests::library_dist().exists() {
        use baogao_browser_tests::Engine;
        let session = Session::open_library(Device::Phone, Engine::Chromium).await;
        session
            .client
            .goto(&session.url(""))
            .await
            .expect("the library");
        shoot(&session, &dir, "phone-library").await;
        session
            .client
            .goto(&session.url("?by=place"))
            .await
            .expect("the library");
        shoot(&session, &dir, "phone-library-by-place").await;
        let searched = "/^(在|全部)/.test(document.getElementById('library-status').textContent) && document.querySelector('.found-snippet') !== null";
        session
            .client
            .goto(&session.url("?q=宏观调控"))
            .await
            .expect("the library");
        session.wait_until(searched).await;
        shoot(&session, &dir, "phone-library-search").await;
        session
            .client
            .goto(&session.url("national-2013/?q=宏观调控"))
            .await
            .expect("a report");
        session.wait_until_started().await;
        shoot(&session, &dir, "phone-library-report").await;
        session.close().await;
        let session = Session::open_library(Device::Desktop, Engine::Chromium).await;
        session
            .client
            .goto(&session.url("?level=national"))
            .await
            .expect("the library");
        shoot(&session, &dir, "desktop-library").await;
        session
            .client
            .goto(&session.url("?q=改革%20开放&sort=year"))
            .await
            .expect("the library");
        session.wait_until(searched).await;
        shoot(&session, &dir, "desktop-library-search").await;
        session.close().await;
        let session = Session::open_library(Device::NarrowPhone, Engine::Chromium).await;
        session
            .client
            .goto(&session.url(""))
            .await
            .expect("the library");
        shoot(&session, &dir, "narrow-library").await;
        session.close().await;
        // The comparison pages: a place's years, a year's places.
        for (device, name, page) in [
            (Device::Phone, "phone-place", "places/national/"),
            (Device::Desktop, "desktop-place", "places/national/"),
            (Device::Phone, "phone-year", "years/2012/"),
            (Device::Phone, "phone-trend", "?q=改革&trend=1"),
            (Device::Desktop, "desktop-trend", "?q=改革&trend=1"),
            (Device::Desktop, "desktop-year", "years/2012/"),
        ] {
            let session = Session::open_library(device, Engine::Chromium).await;
            session
                .client
                .goto(&session.url(page))
                .await
                .expect("a comparison page");
            if name.ends_with("trend") {
                session
                    .wait_until("document.querySelector('#trend-view table') !== null")
                    .await;
            }
            shoot(&session, &dir, name).await;
            if name == "phone-year" {
                // A report beside its years: its targets card, its new terms.
                session
                    .client
                    .goto(&session.url("national-2012/#targets-card-title"))
                    .await
                    .expect("a report");
                session.wait_until_started().await;
                shoot(&session, &dir, "phone-report-targets-beside").await;
                session
                    .client
                    .goto(&session.url("national-2013/"))
                    .await
                    .expect("a report");
                session.wait_until_started().await;
                session.click(".new-terms summary").await;
                shoot(&session, &dir, "phone-report-new-terms").await;
            }
            if name == "phone-place" {
                session.js("window.scrollTo(0, 900); return 0").await;
                shoot(&session, &dir, "phone-place-table").await;
            }
            session.close().await;
        }
    }

    // A year of many places (`target/dist-places`), sorted by target.
    let places = baogao_browser_tests::places_dist();
    if places.exists() {
        use baogao_browser_tests::Engine;
        for (device, name) in [
            (Device::Phone, "phone-year-places"),
            (Device::Desktop, "desktop-year-places"),
        ] {
            let session = Session::open_library_at(device, Engine::Chromium, &places).await;
            session
                .client
                .goto(&session.url("years/2025/"))
                .await
                .expect("a year's page");
            session
                .click("section:first-of-type th:nth-child(2) .compare-sort")
                .await;
            shoot(&session, &dir, name).await;
            session.close().await;
        }
    }

    // A library whose page lists ten reports (`target/dist-library-paged`):
    // the link to the earlier years as a reader without scripts sees it,
    // their page on a phone and a desktop.
    let paged = baogao_browser_tests::paged_library_dist();
    if paged.exists() {
        use baogao_browser_tests::Engine;
        let session = Session::start(
            Device::Phone,
            &paged,
            &["--blink-settings=scriptEnabled=false"],
        )
        .await;
        session
            .client
            .goto(&session.url("#shelf-earlier"))
            .await
            .expect("the library");
        shoot(&session, &dir, "phone-library-earlier-link").await;
        session.close().await;
        for (device, name) in [
            (Device::Phone, "phone-library-earlier"),
            (Device::Desktop, "desktop-library-earlier"),
        ] {
            let session = Session::open_library_at(device, Engine::Chromium, &paged).await;
            session
                .client
                .goto(&session.url("earlier/"))
                .await
                .expect("the earlier years");
            shoot(&session, &dir, name).await;
            session.close().await;
        }
    }
}
