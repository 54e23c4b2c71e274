//! Numbers in as few bytes as they need: seven bits a byte, the high bit
//! saying that another byte follows (LEB128). Positions and report numbers
//! are stored as differences, small numbers, mostly one byte.

pub fn put(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// An ascending list: its length, then each number's difference from the
/// one before.
pub fn put_ascending(out: &mut Vec<u8>, numbers: &[u32]) {
    put(out, numbers.len() as u32);
    let mut last = 0;
    for &number in numbers {
        put(out, number - last);
        last = number;
    }
}

/// Reads numbers one after another; `None` at the end or on a broken
/// number (a file cut short), never a panic.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn next(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            value |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// An ascending list written by `put_ascending`.
    pub fn ascending(&mut self) -> Option<Vec<u32>> {
        let count = self.next()?;
        // Never trust a count to reserve: a broken file could claim billions.
        let mut numbers = Vec::with_capacity(count.min(65_536) as usize);
        let mut number = 0u32;
        for _ in 0..count {
            number = number.checked_add(self.next()?)?;
            numbers.push(number);
        }
        Some(numbers)
    }

    /// The next `len` bytes as they are.
    pub fn bytes(&mut self, len: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(slice)
    }

    pub fn rest(&self) -> &'a [u8] {
        &self.bytes[self.at.min(self.bytes.len())..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_cut_short() {
        let values = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut bytes = Vec::new();
        for value in values {
            put(&mut bytes, value);
        }
        assert_eq!(bytes.len(), 1 + 1 + 1 + 2 + 2 + 2 + 3 + 5);
        let mut reader = Reader::new(&bytes);
        let read: Vec<u32> = std::iter::from_fn(|| reader.next()).collect();
        assert_eq!(read, values);
        let mut cut = Reader::new(&bytes[..bytes.len() - 1]);
        assert_eq!(std::iter::from_fn(|| cut.next()).count(), values.len() - 1);
        assert_eq!(Reader::new(&[0xff; 9]).next(), None);
    }
}
