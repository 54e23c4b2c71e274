//! The summary at the top: the counts, for the whole and per part, how
//! they are counted, the targets whose wording or value changed, and the
//! new terms.

use super::pair::Pair;
use super::paths::{group_id, group_name};
use crate::library::changes::{Changes, MOSTLY_THE_SAME};
use leptos::prelude::*;

fn how_counted(versions: bool) -> String {
    // MOSTLY_THE_SAME: the share of characters a changed sentence keeps.
    let share = (MOSTLY_THE_SAME * 100.0).round();
    let edits = if versions {
        "“修改 N 处”：一句中连续改动的字算一处，连续新增或删去的句子算一处。"
    } else {
        ""
    };
    format!(
        "句子以“。！？”或段末为界；节按标题与内容对应，不看序号与次序。“改动”指与另一文本中的一句相对应，且至少{share}%的字相同；其余为新增或删去。{edits}"
    )
}

pub fn summary_view(pair: &Pair, changes: &Changes) -> impl IntoView + use<> {
    let counts = changes.counts;
    let total = if pair.versions {
        format!("修改 {} 处 · {}", counts.edits, counts.line())
    } else {
        counts.line()
    };
    let parts = changes
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let name = group_name(index, group);
            let c = group.counts;
            view! {
                <tr>
                    <th scope="row"><a href=format!("#{}", group_id(index))>{name}</a></th>
                    <td>{c.new}</td><td>{c.dropped}</td><td>{c.changed}</td><td>{c.same}</td>
                </tr>
            }
        })
        .collect_view();
    let targets = (!changes.targets.is_empty()).then(|| {
        let items = changes
            .targets
            .iter()
            .map(|t| {
                let was = t.was.clone().unwrap_or_else(|| "（无）".to_owned());
                let now = t.now.clone().unwrap_or_else(|| "（无）".to_owned());
                view! { <li><b>{t.indicator.clone()}</b>"："<del>{was}</del>" → "<ins>{now}</ins></li> }
            })
            .collect_view();
        view! { <h2>"目标的变化"</h2><ul class="changes-targets">{items}</ul> }
    });
    let terms = (!changes.new_terms.is_empty()).then(|| {
        let items = changes
            .new_terms
            .iter()
            .map(|term| {
                view! { <li><a href=format!("{}#{}", pair.now_href, term.block)>{format!("“{}”", term.text)}</a></li> }
            })
            .collect_view();
        view! {
            <h2>"新提法"</h2>
            <p>{format!("引号中的提法，{}中没有：", if pair.versions { "前一文本" } else { "上年报告" })}</p>
            <ul class="changes-terms">{items}</ul>
        }
    });
    view! {
        <section class="changes-summary" aria-label="变化概览">
            <p class="changes-total">{total}</p>
            <p class="changes-how">{how_counted(pair.versions)}</p>
            <div class="table-scroll">
                <table class="changes-parts">
                    <caption>"各部分"</caption>
                    <thead><tr><th scope="col">"部分"</th><th scope="col">"新增"</th><th scope="col">"删去"</th><th scope="col">"改动"</th><th scope="col">"未变"</th></tr></thead>
                    <tbody>{parts}</tbody>
                </table>
            </div>
            {targets}
            {terms}
        </section>
    }
}
