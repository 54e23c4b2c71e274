//! `baogao inspect FILE`: the parsed structure as JSON, for publishers.

use serde_json::Value;
use std::process::Command;

fn inspect(path: &str) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["inspect", path])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the command runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

#[test]
fn seed_report_as_json() {
    let json = inspect("reports/gongshu-2023.txt");
    assert_eq!(json["title"], "政府工作报告");
    assert_eq!(json["speaker"], "■ 拱墅区人民政府区长 冯 晶");
    assert_eq!(json["salutation"], "各位代表：");
    let parts = json["parts"].as_array().expect("parts");
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0]["heading"], "一、2022年工作回顾");
    let sections = parts[0]["sections"].as_array().expect("sections");
    assert_eq!(sections.len(), 4);
    let first = &sections[0]["paragraphs"][1];
    assert_eq!(first["lead"], "主导产业加速集聚。");
    assert_eq!(first["kind"], "paragraph");
    assert!(first["text"]
        .as_str()
        .unwrap()
        .starts_with("主导产业加速集聚。高标准"));

    let repairs = json["repairs"].as_array().expect("repairs");
    let count = |kind: &str| repairs.iter().filter(|r| r["kind"] == kind).count();
    assert_eq!(
        (count("join"), count("repeat"), count("markdown")),
        (5, 1, 2)
    );
    let join = repairs
        .iter()
        .find(|r| r["before"].as_str().is_some_and(|b| b.ends_with("10.43亿")))
        .expect("the 10.43亿 join");
    assert_eq!(
        join["after"].as_str().map(|a| a.starts_with('元')),
        Some(true)
    );
    let repeat = repairs
        .iter()
        .find(|r| r["kind"] == "repeat")
        .expect("the repeat");
    assert_eq!(repeat["chars"], 284);
    assert_eq!(repeat["of"], "p-1-3-2");
}

#[test]
fn offsets_point_into_the_source_as_given() {
    let json = inspect("reports/gongshu-2023.txt");
    let source: Vec<char> = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/reports/gongshu-2023.txt"
    ))
    .unwrap()
    .chars()
    .collect();
    let section = &json["parts"][0]["sections"][0]["paragraphs"][1];
    let start = section["start"].as_u64().unwrap() as usize;
    let text: String = source[start..start + 8].iter().collect();
    assert_eq!(text, "主导产业加速集聚");
    for repair in json["repairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "join")
    {
        let at = repair["at"].as_u64().unwrap() as usize;
        let after: String = repair["after"].as_str().unwrap().chars().take(1).collect();
        assert_eq!(source[at].to_string(), after, "join offset {at}");
    }
}

#[test]
fn unreadable_file_gets_a_clear_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["inspect", "no/such/file.txt"])
        .output()
        .expect("the command runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/file.txt"));
    let usage = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .output()
        .expect("runs");
    assert_eq!(usage.status.code(), Some(2));
}
