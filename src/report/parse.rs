//! Plain text → `Report`: a single pass over the lines that recognises the
//! genre's structure and repairs page breaks and markdown on the way.

use super::classify::{
    appendix_heading, bare_part, closing_heading, ends_sentence, front_role, furniture_line,
    lead_sentence, numbered_part, opens_item, paragraph_role, section_heading_end, section_marker,
    split_title_line,
};
use super::front_matter::split_front_matter;
use super::lines::{split_lines, Line, Marker};
use super::repeats::mark_repeats;
use super::site_notice::{notice_blocks, notice_start};
use super::structure::{Appendix, Block, Part, Report, Role, Section};
use std::ops::Range;

/// Parses a report given as plain text. Never fails: a text with no
/// recognisable structure becomes a list of paragraphs.
pub fn parse(source: &str) -> Report {
    let lines = split_lines(source);
    // A Markdown file's front matter (`---` / `title: …` / `---`) is the
    // file's, not the report's: kept, shown apart like a page's furniture.
    let (front_matter, body) = split_front_matter(source);
    let front_matter_end = source[..source.len() - body.len()].chars().count();
    let in_front_matter = |line: &Line| line.text.source_char_at(0) < front_matter_end;
    // Whether parts are numbered (`一、`): decided by the body, since an
    // appendix's glossary also numbers its items `一、`.
    let numbered = lines
        .iter()
        .take_while(|line| !appendix_heading(line.as_str()))
        .any(|line| numbered_part(line.as_str()) == Some(1));
    let mut builder = Builder {
        numbered_parts: numbered,
        from_news_page: lines
            .iter()
            .any(|line| !in_front_matter(line) && furniture_line(line.as_str())),
        ..Builder::default()
    };
    builder.report.given_title = front_matter.report_title().map(str::to_owned);
    let notice = notice_start(&lines).unwrap_or(lines.len());
    for line in lines[..notice].iter().filter(|line| !line.is_blank()) {
        if in_front_matter(line) {
            builder.report.front.push(block_of(line, Role::Furniture));
        } else {
            builder.line(line);
        }
    }
    builder.finish(notice_blocks(&lines[notice..]))
}

#[derive(Default, PartialEq, Eq, Clone, Copy)]
enum Zone {
    #[default]
    Front,
    Body,
    Appendix,
}

/// A paragraph being assembled from one or more lines.
struct Pending {
    block: Block,
    bold: Vec<Range<usize>>,
}

#[derive(Default)]
struct Builder {
    report: Report,
    zone: Zone,
    numbered_parts: bool,
    /// Whether the text was copied from a news page (it carries the page's
    /// furniture): one paragraph a line, so a short line without final
    /// punctuation is a line of its own, not half of a broken paragraph.
    from_news_page: bool,
    /// Whether an opening paragraph has begun (front-matter lines end there).
    opening_started: bool,
    pending: Option<Pending>,
    last_part: u32,
    last_section: u32,
}

impl Builder {
    fn line(&mut self, line: &Line) {
        let text = line.as_str();
        if furniture_line(text) {
            self.flush();
            return self.place(block_of(line, Role::Furniture));
        }
        let past_front = self.zone != Zone::Front || self.opening_started;
        if past_front && appendix_heading(text) {
            self.flush();
            self.zone = Zone::Appendix;
            // `附件` then `名词解释`: one appendix with a subheading.
            if let Some(appendix) = self
                .report
                .appendices
                .last_mut()
                .filter(|appendix| appendix.blocks.is_empty())
            {
                appendix.blocks.push(block_of(line, Role::Heading));
                return;
            }
            self.report.appendices.push(Appendix {
                id: String::new(),
                heading: block_of(line, Role::Heading),
                blocks: Vec::new(),
            });
            return;
        }
        if self.zone == Zone::Appendix {
            return self.body_line(line);
        }
        if self.part_heading(text) {
            self.flush();
            self.zone = Zone::Body;
            self.last_section = 0;
            self.report.parts.push(Part {
                id: String::new(),
                heading: Some(block_of(line, Role::Heading)),
                intro: Vec::new(),
                sections: Vec::new(),
            });
            return;
        }
        if let Some((number, _)) = section_marker(text) {
            if number > self.last_section {
                return self.section_line(line, number);
            }
        }
        if self.zone == Zone::Front && !self.opening_started {
            // After `各位代表：` the report has begun: no more titles.
            let greeted = self.report.front.iter().any(|b| b.role == Role::Salutation);
            let role = front_role(text).filter(|role| !(greeted && *role == Role::Title));
            if let Some(role) = role {
                self.flush();
                return self.front_line(line, role);
            }
            self.opening_started = true;
        }
        self.body_line(line);
    }

    fn part_heading(&mut self, text: &str) -> bool {
        if closing_heading(text) && !self.report.parts.is_empty() {
            self.last_part += 1;
            return true;
        }
        let is_part = if self.numbered_parts {
            numbered_part(text).is_some_and(|number| number > self.last_part)
        } else {
            bare_part(text)
        };
        if is_part {
            self.last_part = numbered_part(text).unwrap_or(self.last_part + 1);
        }
        is_part
    }

    fn section_line(&mut self, line: &Line, number: u32) {
        self.flush();
        self.zone = Zone::Body;
        self.last_section = number;
        if self.report.parts.is_empty() {
            // Sections with no part heading above them: an unnamed part.
            self.report.parts.push(Part {
                id: String::new(),
                heading: None,
                intro: Vec::new(),
                sections: Vec::new(),
            });
        }
        let end = section_heading_end(line.as_str());
        let (heading, intro) = split_line(line, end);
        let part = self
            .report
            .parts
            .last_mut()
            .expect("a part was just ensured");
        let mut heading = heading.block;
        if intro.block.text.is_empty() {
            // Markers after the heading, with no text after them, stay on record.
            let end = heading.text.len();
            heading.markers.extend(
                intro
                    .block
                    .markers
                    .into_iter()
                    .map(|marker| Marker { at: end, ..marker }),
            );
        } else {
            self.pending = Some(intro);
        }
        part.sections.push(Section {
            id: String::new(),
            heading,
            paragraphs: Vec::new(),
        });
    }

    fn front_line(&mut self, line: &Line, role: Role) {
        let split = (role == Role::Title)
            .then(|| split_title_line(line.as_str()))
            .flatten();
        let Some(ranges) = split else {
            self.report.front.push(block_of(line, role));
            return;
        };
        let roles = [Role::Title, Role::Meeting, Role::Speaker];
        let mut pieces: Vec<(usize, Block)> = Vec::new();
        for (range, role) in ranges.into_iter().zip(roles) {
            let piece = &line.as_str()[range.clone()];
            let start = range.start + (piece.len() - piece.trim_start().len());
            let end = range.start + piece.trim_end().len();
            if start < end {
                pieces.push((start, Block::new(role, line.text.slice(start..end))));
            }
        }
        // Each marker goes with the piece it stands in (or before).
        for marker in &line.markers {
            let at = pieces
                .iter()
                .rposition(|(start, _)| *start <= marker.at)
                .unwrap_or(0);
            if let Some((start, block)) = pieces.get_mut(at) {
                let offset = marker.at.saturating_sub(*start).min(block.text.len());
                block.markers.push(Marker {
                    at: offset,
                    ..marker.clone()
                });
            }
        }
        self.report
            .front
            .extend(pieces.into_iter().map(|(_, block)| block));
    }

    /// A line of running text: it continues a paragraph broken by a page
    /// break, or opens a new one.
    fn body_line(&mut self, line: &Line) {
        let from_news_page = self.from_news_page;
        if let Some(pending) = &mut self.pending {
            let own_line = from_news_page && pending.block.as_str().chars().count() <= 20;
            if !ends_sentence(pending.block.as_str()) && !opens_item(line.as_str()) && !own_line {
                let at = pending.block.text.len();
                pending.block.joins.push(at);
                pending.block.text.append(&line.text);
                pending
                    .bold
                    .extend(line.bold.iter().map(|r| r.start + at..r.end + at));
                pending.block.markers.extend(line.markers.iter().map(|m| {
                    let mut marker = m.clone();
                    marker.at += at;
                    marker
                }));
                return;
            }
        }
        self.flush();
        let role = paragraph_role(line.as_str());
        self.pending = Some(pending_of(line, role));
    }

    /// Ends the paragraph being assembled and places it.
    fn flush(&mut self) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        for block in split_at_bold_leads(pending) {
            self.place(block);
        }
    }

    fn place(&mut self, block: Block) {
        match self.zone {
            Zone::Front => self.report.front.push(block),
            Zone::Appendix => match self.report.appendices.last_mut() {
                Some(appendix) => appendix.blocks.push(block),
                None => self.report.front.push(block),
            },
            Zone::Body => match self.report.parts.last_mut() {
                Some(part) => match part.sections.last_mut() {
                    Some(section) => section.paragraphs.push(block),
                    None => part.intro.push(block),
                },
                None => self.report.front.push(block),
            },
        }
    }

    /// The report, with the source site's `notice` (`site_notice.rs`) last,
    /// after the closing words it follows.
    fn finish(mut self, notice: Vec<Block>) -> Report {
        self.flush();
        separate_closing(&mut self.report);
        for block in notice {
            if self.report.closing.is_empty() {
                self.place(block);
            } else {
                self.report.closing.push(block);
            }
        }
        let mut report = self.report;
        assign_ids(&mut report);
        mark_leads(&mut report);
        mark_repeats(&mut report);
        report
    }
}

fn block_of(line: &Line, role: Role) -> Block {
    let mut block = Block::new(role, line.text.clone());
    block.markers = line.markers.clone();
    block
}

fn pending_of(line: &Line, role: Role) -> Pending {
    Pending {
        block: block_of(line, role),
        bold: line.bold.clone(),
    }
}

/// Splits a line's paragraph at `byte`, dividing markers and bold ranges.
fn split_line(line: &Line, byte: usize) -> (Pending, Pending) {
    let pending = pending_of(line, Role::Heading);
    let (head, mut tail) = split_pending(pending, byte);
    tail.block.role = paragraph_role(tail.block.as_str());
    (head, tail)
}

fn split_pending(pending: Pending, byte: usize) -> (Pending, Pending) {
    let Pending { block, bold } = pending;
    let (head_text, tail_text) = block.text.split_at(byte);
    let mut head = Block::new(block.role, head_text);
    let mut tail = Block::new(Role::Paragraph, tail_text);
    head.lead_end = block.lead_end.min(byte);
    for at in block.joins {
        if at < byte {
            head.joins.push(at);
        } else if at > byte {
            tail.joins.push(at - byte);
        }
    }
    for mut marker in block.markers {
        if marker.at <= byte && (marker.at < byte || head.text.is_empty()) {
            head.markers.push(marker);
        } else {
            marker.at -= byte;
            tail.markers.push(marker);
        }
    }
    let mut head_bold = Vec::new();
    let mut tail_bold = Vec::new();
    for range in bold {
        if range.end <= byte {
            head_bold.push(range);
        } else if range.start >= byte {
            tail_bold.push(range.start - byte..range.end - byte);
        }
    }
    (
        Pending {
            block: head,
            bold: head_bold,
        },
        Pending {
            block: tail,
            bold: tail_bold,
        },
    )
}

/// A bold sentence (`**织密社会保障网络。**`) is a lead: at the start of a
/// paragraph it marks the lead; after a finished sentence in the middle of
/// one, it opens a new paragraph with that lead.
fn split_at_bold_leads(pending: Pending) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut rest = pending;
    loop {
        let text = rest.block.as_str();
        let split = rest.bold.iter().find(|range| {
            range.start > 0
                && ends_sentence(&text[..range.start])
                && ends_sentence(&text[(*range).clone()])
        });
        let Some(range) = split.cloned() else { break };
        let (head, tail) = split_pending(rest, range.start);
        blocks.push(finish_lead(head));
        rest = tail;
    }
    blocks.push(finish_lead(rest));
    blocks
}

fn finish_lead(pending: Pending) -> Block {
    let mut block = pending.block;
    if let Some(first) = pending.bold.first().filter(|range| range.start == 0) {
        block.lead_end = first.end;
    }
    block
}

/// The closing words (`各位代表！……`) that end the last part are not part of
/// its last section.
fn separate_closing(report: &mut Report) {
    let Some(part) = report.parts.last_mut() else {
        return;
    };
    // Under `结束语` the closing words are a part of their own already.
    if part
        .heading
        .as_ref()
        .is_some_and(|heading| closing_heading(heading.as_str()))
    {
        return;
    }
    let paragraphs = match part.sections.last_mut() {
        Some(section) => &mut section.paragraphs,
        None => &mut part.intro,
    };
    const WITHIN_LAST: usize = 6;
    let from = paragraphs.len().saturating_sub(WITHIN_LAST);
    if let Some(start) = paragraphs[from..]
        .iter()
        .rposition(|block| block.as_str().starts_with("各位代表"))
    {
        report.closing = paragraphs.split_off(from + start);
    }
}

fn assign_ids(report: &mut Report) {
    for (i, block) in report.front.iter_mut().enumerate() {
        block.id = format!("front-{}", i + 1);
    }
    for (p, part) in report.parts.iter_mut().enumerate() {
        let p = p + 1;
        part.id = format!("part-{p}");
        if let Some(heading) = &mut part.heading {
            heading.id = part.id.clone();
        }
        for (i, block) in part.intro.iter_mut().enumerate() {
            block.id = format!("p-{p}-0-{}", i + 1);
        }
        for (s, section) in part.sections.iter_mut().enumerate() {
            let s = s + 1;
            section.id = format!("sec-{p}-{s}");
            section.heading.id = section.id.clone();
            for (i, block) in section.paragraphs.iter_mut().enumerate() {
                block.id = format!("p-{p}-{s}-{}", i + 1);
            }
        }
    }
    for (i, block) in report.closing.iter_mut().enumerate() {
        block.id = format!("closing-{}", i + 1);
    }
    for (a, appendix) in report.appendices.iter_mut().enumerate() {
        let a = a + 1;
        appendix.id = format!("appx-{a}");
        appendix.heading.id = appendix.id.clone();
        for (i, block) in appendix.blocks.iter_mut().enumerate() {
            block.id = format!("appx-{a}-{}", i + 1);
        }
    }
}

/// Short topic sentences open the paragraphs of a section (or of a part
/// that has no sections); elsewhere a short first sentence is just a sentence.
fn mark_leads(report: &mut Report) {
    for part in &mut report.parts {
        let bodies = if part.sections.is_empty() {
            vec![&mut part.intro]
        } else {
            part.sections
                .iter_mut()
                .map(|section| &mut section.paragraphs)
                .collect()
        };
        for block in bodies.into_iter().flatten() {
            if block.lead_end == 0 && matches!(block.role, Role::Paragraph | Role::Numbered) {
                block.lead_end = lead_sentence(block.as_str()).unwrap_or(0);
            }
        }
    }
}
