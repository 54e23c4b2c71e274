//! What a figure means, in a line a reader sees: `地区生产总值 · 2025年预期目标
//! · 5%左右`, `城镇新增就业 · 2024年实际 · 62.6万人`.

use super::figure::Meaning;
use super::indicators::named_as;

/// The figure's indicator (as the nation names it in a `national` report),
/// its period and role, and the figure as written; none for a figure that
/// measures nothing named.
pub fn summary(meaning: &Meaning, written: &str, national: bool) -> Option<String> {
    let indicator = named_as(meaning.indicator.as_ref()?.name(), national);
    let mut parts = vec![indicator.into_owned()];
    if let Some(role) = meaning.role {
        parts.push(format!("{}{}", meaning.period.label(), role.label()));
    }
    parts.push(written.to_owned());
    Some(parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use crate::report::Model;

    fn summaries(source: &str) -> Vec<Option<String>> {
        let model = Model::new(source);
        model
            .figures_with_text()
            .map(|(_, placed, text)| {
                super::summary(
                    &placed.meaning,
                    placed.written_in(text),
                    model.figures.national,
                )
            })
            .collect()
    }

    #[test]
    fn the_nations_report_names_it_as_the_nation_does() {
        let found = summaries(
            "一、2023年工作回顾\n\n国内生产总值增长5.2%。\n\n二、2024年工作安排\n\n主要预期目标是：国内生产总值增长5%左右。\n",
        );
        assert!(
            found.contains(&Some("国内生产总值 · 2024年预期目标 · 5%左右".to_owned())),
            "{found:?}"
        );
    }

    #[test]
    fn indicator_period_role_and_figure() {
        let found = summaries(
            "一、2024年工作回顾\n\n城镇新增就业62.6万人。\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长5%左右。\n",
        );
        assert!(found.contains(&Some("城镇新增就业 · 2024年实际 · 62.6万人".to_owned())));
        assert!(found.contains(&Some("地区生产总值 · 2025年预期目标 · 5%左右".to_owned())));
        let found = summaries("一、回顾\n\n前三季度地区生产总值增长5.2%。\n");
        assert!(
            found.contains(&Some("地区生产总值 · 前三季度实际 · 5.2%".to_owned())),
            "{found:?}"
        );
    }
}
