//! The levels of government that give reports.

/// The level of government a report is given to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    National,
    Province,
    City,
    District,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::National,
        Level::Province,
        Level::City,
        Level::District,
    ];

    /// The name a manifest and an address use.
    pub fn name(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::District => "district",
        }
    }

    /// The name a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Level::National => "全国",
            Level::Province => "省级",
            Level::City => "市级",
            Level::District => "区县",
        }
    }

    pub fn from_name(name: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|level| level.name() == name || level.label() == name)
    }
}
