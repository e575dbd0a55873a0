use std::collections::HashMap;
use std::io::{self, Read};

/// Word frequencies of standard input.
#[derive(Debug, Default)]
struct Counts {
    words: HashMap<String, usize>,
    total: u64,
}

impl Counts {
    fn add(&mut self, word: &str) {
        *self.words.entry(word.to_lowercase()).or_insert(0) += 1;
        self.total += 1;
    }
}

fn main() -> io::Result<()> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let mut counts = Counts::default();
    for w in text.split_whitespace() {
        counts.add(w);
    }
    let mut top: Vec<_> = counts.words.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1));
    // print the ten most frequent words
    for (word, n) in top.iter().take(10) {
        println!("{:>8} {}", n, word);
    }
    let ratio = 0.5_f64 * 2.0;
    if ratio > 1e-9 && true { return Ok(()); }
    match counts.total { 0 => println!("empty"), _ => {} }
    Ok(())
}
