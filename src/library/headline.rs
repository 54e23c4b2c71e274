//! A report's headline target, the one a reader of the catalogue looks for
//! first: the economy's growth target (`国内生产总值增长7.5%左右`), with the
//! higher one set beside it where there is one.

use super::place::{Level, Placement};
use crate::report::Model;

/// The indicator's name in the report's tables (its aliases included).
const GROWTH: &str = "地区生产总值";

pub fn headline_target(model: &Model, placement: &Placement) -> Option<String> {
    let row = model
        .tables
        .targets
        .iter()
        .find(|row| row.indicator == GROWTH)?;
    let written = |index: usize| {
        let text = model.figures.all.get(index)?.written(&model.report);
        (!text.is_empty()).then(|| text.to_owned())
    };
    let name = match placement.level {
        Some(Level::National) => "国内生产总值",
        _ => GROWTH,
    };
    let mut target = format!("{name}增长{}", written(row.figure)?);
    for &stretch in &row.stretch {
        if let Some(higher) = written(stretch) {
            target.push_str(&format!("，力争{higher}"));
        }
    }
    Some(target)
}

#[cfg(test)]
mod tests {
    use super::headline_target;
    use crate::library::placement;
    use crate::report::Model;

    fn national(year: u32) -> (String, Model) {
        let path = format!("{}/reports/national/{year}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("the national report");
        let model = Model::new(&text);
        (text, model)
    }

    #[test]
    fn the_growth_target_as_the_report_writes_it() {
        let (text, model) = national(2013);
        let target = headline_target(&model, &placement(&text, &model));
        assert_eq!(target.as_deref(), Some("国内生产总值增长7.5%左右"));
    }
}
