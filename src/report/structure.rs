//! The report's structure as plain data: front matter, parts, sections,
//! paragraphs.

use super::lines::Marker;
use super::order::sort_by_key;
use super::text::Text;
use std::ops::Range;

/// What a report without a title line is called.
pub const UNTITLED: &str = "政府工作报告";

/// What a block of text is in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Title,
    Meeting,
    Speaker,
    /// A newspaper source or date line (`来源：浙江日报`).
    Source,
    Salutation,
    Heading,
    Paragraph,
    /// `一是……` items.
    Item,
    /// Dash bullets (`——经济总体回升向好。`).
    Bullet,
    /// Numbered items (`1.`, `（1）`).
    Numbered,
    /// A news page's buttons and labels (`下载`, `【字号：`) and photo
    /// captions: kept, shown apart.
    Furniture,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Meeting => "meeting",
            Role::Speaker => "speaker",
            Role::Source => "source",
            Role::Salutation => "salutation",
            Role::Heading => "heading",
            Role::Paragraph => "paragraph",
            Role::Item => "item",
            Role::Bullet => "bullet",
            Role::Numbered => "numbered",
            Role::Furniture => "furniture",
        }
    }
}

/// A passage that repeats, word for word, one that came earlier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeat {
    /// Byte range of the repeat in this block's text.
    pub range: Range<usize>,
    /// The block where the first occurrence starts.
    pub first: String,
}

/// A heading or paragraph: the unit that is shown, linked, searched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub id: String,
    pub role: Role,
    pub text: Text,
    /// Byte length of the lead sentence that opens the paragraph (0: none).
    pub lead_end: usize,
    /// Byte offsets where a line broken by a page break was joined.
    pub joins: Vec<usize>,
    /// Markdown markers removed from this block.
    pub markers: Vec<Marker>,
    pub repeats: Vec<Repeat>,
}

impl Block {
    pub fn new(role: Role, text: Text) -> Block {
        Block {
            id: String::new(),
            role,
            text,
            lead_end: 0,
            joins: Vec::new(),
            markers: Vec::new(),
            repeats: Vec::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    pub fn lead(&self) -> Option<&str> {
        (self.lead_end > 0).then(|| &self.as_str()[..self.lead_end])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub heading: Block,
    pub paragraphs: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub id: String,
    /// `None` when sections appear before any part heading.
    pub heading: Option<Block>,
    /// Paragraphs between the part heading and its first section.
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
}

/// Text after the closing words: `附件…`, `名词解释`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appendix {
    pub id: String,
    pub heading: Block,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Title, meeting line, speaker, source lines, salutation and opening
    /// paragraphs, in the order of the source.
    pub front: Vec<Block>,
    pub parts: Vec<Part>,
    /// The closing words (`各位代表！……`) after the last part.
    pub closing: Vec<Block>,
    pub appendices: Vec<Appendix>,
    /// The title the file gives the report apart from its text (a Markdown
    /// front matter's `title:`, without its date and speaker): the page's
    /// heading when the text has no title line of its own.
    pub given_title: Option<String>,
}

/// A change made to the text while reading it, for a curious reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repair<'a> {
    /// A line broken by a page break, joined at `at` (byte offset in `block`).
    Join { block: &'a Block, at: usize },
    /// A markdown marker removed.
    Markdown {
        block: &'a Block,
        marker: &'a Marker,
    },
    /// A passage that repeats an earlier one.
    Repeat {
        block: &'a Block,
        repeat: &'a Repeat,
    },
    /// A news page's furniture, shown apart.
    Furniture { block: &'a Block },
}

impl Repair<'_> {
    /// The block it was made in.
    pub fn block(&self) -> &Block {
        match self {
            Repair::Join { block, .. }
            | Repair::Markdown { block, .. }
            | Repair::Repeat { block, .. }
            | Repair::Furniture { block } => block,
        }
    }
}

impl Report {
    pub fn front_block(&self, role: Role) -> Option<&Block> {
        self.front.iter().find(|block| block.role == role)
    }

    pub fn title(&self) -> Option<&str> {
        self.front_block(Role::Title).map(Block::as_str)
    }

    /// How many front blocks stand above the report's opening: its titles,
    /// meeting and speaker lines, sources and a news page's furniture.
    pub fn masthead_len(&self) -> usize {
        self.front
            .iter()
            .position(|block| {
                !matches!(
                    block.role,
                    Role::Title | Role::Meeting | Role::Speaker | Role::Source | Role::Furniture
                )
            })
            .unwrap_or(self.front.len())
    }

    /// The title, or the one its file gives it, or what the genre is
    /// called when neither has one.
    pub fn title_or_default(&self) -> &str {
        self.title()
            .or(self.given_title.as_deref())
            .unwrap_or(UNTITLED)
    }

    /// Whether any part or section was recognised.
    pub fn has_structure(&self) -> bool {
        !self.parts.is_empty()
    }

    /// Every block in the order of the source.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        let parts = self.parts.iter().flat_map(|part| {
            part.heading.iter().chain(&part.intro).chain(
                part.sections.iter().flat_map(|section| {
                    std::iter::once(&section.heading).chain(&section.paragraphs)
                }),
            )
        });
        let appendices = self
            .appendices
            .iter()
            .flat_map(|appendix| std::iter::once(&appendix.heading).chain(&appendix.blocks));
        self.front
            .iter()
            .chain(parts)
            .chain(&self.closing)
            .chain(appendices)
    }

    /// Every block in the order of the source, for the parser's final passes.
    pub(crate) fn blocks_mut(&mut self) -> Vec<&mut Block> {
        let mut blocks: Vec<&mut Block> = self.front.iter_mut().collect();
        for part in &mut self.parts {
            blocks.extend(part.heading.as_mut());
            blocks.extend(part.intro.iter_mut());
            for section in &mut part.sections {
                blocks.push(&mut section.heading);
                blocks.extend(section.paragraphs.iter_mut());
            }
        }
        blocks.extend(self.closing.iter_mut());
        for appendix in &mut self.appendices {
            blocks.push(&mut appendix.heading);
            blocks.extend(appendix.blocks.iter_mut());
        }
        blocks
    }

    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks().find(|block| block.id == id)
    }

    /// The heading of a part, section or appendix, without its final `。`.
    pub fn heading_of(&self, id: &str) -> Option<&str> {
        let heading = self.parts.iter().find_map(|part| {
            if part.id == id {
                return part.heading.as_ref();
            }
            part.sections
                .iter()
                .find(|s| s.id == id)
                .map(|s| &s.heading)
        });
        let heading = heading.or_else(|| {
            self.appendices
                .iter()
                .find(|a| a.id == id)
                .map(|a| &a.heading)
        });
        heading.map(|block| block.as_str().trim_end_matches('。'))
    }

    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.parts.iter().flat_map(|part| &part.sections)
    }

    /// The ids of the collapsible containers (parts, sections) that enclose
    /// the element with `id`, outermost first; includes `id` itself when it
    /// is a container. Empty when the id is unknown or not collapsible.
    pub fn containers_of(&self, id: &str) -> Vec<String> {
        for part in &self.parts {
            if part.id == id || part.intro.iter().any(|block| block.id == id) {
                return vec![part.id.clone()];
            }
            for section in &part.sections {
                if section.id == id || section.paragraphs.iter().any(|block| block.id == id) {
                    return vec![part.id.clone(), section.id.clone()];
                }
            }
        }
        Vec::new()
    }

    /// The repairs made, in the order of the text.
    pub fn repairs(&self) -> Vec<Repair<'_>> {
        let mut repairs = Vec::new();
        for block in self.blocks() {
            if block.role == Role::Furniture {
                repairs.push(Repair::Furniture { block });
                continue;
            }
            let mut here: Vec<(usize, Repair)> = Vec::new();
            here.extend(
                block
                    .joins
                    .iter()
                    .map(|&at| (at, Repair::Join { block, at })),
            );
            here.extend(
                block
                    .markers
                    .iter()
                    .map(|marker| (marker.at, Repair::Markdown { block, marker })),
            );
            here.extend(
                block
                    .repeats
                    .iter()
                    .map(|repeat| (repeat.range.start, Repair::Repeat { block, repeat })),
            );
            sort_by_key(&mut here, |(at, _)| *at as u64);
            repairs.extend(here.into_iter().map(|(_, repair)| repair));
        }
        repairs
    }
}
