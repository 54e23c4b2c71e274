//! Whether a figure is a goal or an outcome.

/// Whether a figure is a goal or an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureRole {
    /// A goal set for the coming year (or a plan's period).
    Target,
    /// What a past period achieved, as the review states it.
    Result,
}

impl FigureRole {
    pub fn name(self) -> &'static str {
        match self {
            FigureRole::Target => "target",
            FigureRole::Result => "result",
        }
    }

    /// As a reader sees it: `预期目标`, `实际`.
    pub fn label(self) -> &'static str {
        match self {
            FigureRole::Target => "预期目标",
            FigureRole::Result => "实际",
        }
    }
}
