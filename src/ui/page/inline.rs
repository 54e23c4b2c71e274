//! A block's text as a small tree of marked spans: the lead sentence, a
//! repeated passage, figures inside them, and the places where page breaks
//! were joined. Pure: the views only turn these nodes into elements.

use std::ops::Range;

/// What a span of text is marked as, outermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Lead,
    /// Index into the block's repeats.
    Repeat(usize),
    /// Index into the report's figures.
    Figure(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(Range<usize>),
    /// Where a line broken by a page break was joined.
    Join,
    Marked(Mark, Vec<Node>),
}

/// Lays out `0..len` with marks given in levels, outer to inner; marks of
/// one level do not overlap. A mark that crosses a mark of an outer level
/// is cut in two, one piece on each side.
pub fn layout(len: usize, levels: &[Vec<(Range<usize>, Mark)>], joins: &[usize]) -> Vec<Node> {
    nodes(0..len, levels, joins)
}

fn nodes(span: Range<usize>, levels: &[Vec<(Range<usize>, Mark)>], joins: &[usize]) -> Vec<Node> {
    let Some((level, inner)) = levels.split_first() else {
        return leaves(span, joins);
    };
    let mut out = Vec::new();
    let mut at = span.start;
    for (range, mark) in level {
        let start = range.start.max(span.start);
        let end = range.end.min(span.end);
        if start >= end {
            continue;
        }
        if at < start {
            out.extend(nodes(at..start, inner, joins));
        }
        out.push(Node::Marked(*mark, nodes(start..end, inner, joins)));
        at = end;
    }
    if at < span.end {
        out.extend(nodes(at..span.end, inner, joins));
    }
    out
}

/// Plain text, with each join placed before the character it precedes:
/// every position belongs to exactly one leaf, so each join shows once.
fn leaves(span: Range<usize>, joins: &[usize]) -> Vec<Node> {
    let mut out = Vec::new();
    let mut at = span.start;
    for &join in joins.iter().filter(|&&join| span.contains(&join)) {
        if at < join {
            out.push(Node::Text(at..join));
        }
        out.push(Node::Join);
        at = join;
    }
    if at < span.end {
        out.push(Node::Text(at..span.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of the nodes, with `|` for a join and brackets for marks.
    fn show(text: &str, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|node| match node {
                Node::Text(range) => text[range.clone()].to_owned(),
                Node::Join => "|".to_owned(),
                Node::Marked(mark, inner) => {
                    let tag = match mark {
                        Mark::Lead => "L",
                        Mark::Repeat(_) => "R",
                        Mark::Figure(_) => "F",
                    };
                    format!("{tag}[{}]", show(text, inner))
                }
            })
            .collect()
    }

    #[test]
    fn a_figure_across_a_join_stays_one_element() {
        let text = "额度10.43亿元。新增";
        let start = text.find('1').unwrap();
        let join = text.find('元').unwrap();
        let end = join + '元'.len_utf8();
        let nodes = layout(
            text.len(),
            &[vec![], vec![], vec![(start..end, Mark::Figure(0))]],
            &[join],
        );
        assert_eq!(show(text, &nodes), "额度F[10.43亿|元]。新增");
    }

    #[test]
    fn lead_repeat_and_figures_nest() {
        let text = "主导。甲增长5%乙";
        let lead = 0.."主导。".len();
        let repeat = "主导。".len()..text.len();
        let figure_start = text.find('5').unwrap();
        let figure = figure_start..figure_start + "5%".len();
        let nodes = layout(
            text.len(),
            &[
                vec![(lead, Mark::Lead)],
                vec![(repeat, Mark::Repeat(0))],
                vec![(figure, Mark::Figure(3))],
            ],
            &["主导。".len()],
        );
        assert_eq!(show(text, &nodes), "L[主导。]R[|甲增长F[5%]乙]");
    }

    #[test]
    fn joins_in_plain_text() {
        let text = "甲乙丙丁";
        let nodes = layout(text.len(), &[], &[3, 9]);
        assert_eq!(show(text, &nodes), "甲|乙丙|丁");
    }
}
