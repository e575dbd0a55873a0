/// Stock phrases of generated and marketing prose: filler that announces instead of saying. Matched on words
/// (case, punctuation and apostrophes ignored), so "in today's fast-paced" matches "In todays fast paced".
/// Deliberately generic: no topic words, nothing a careful research post needs.
enum StockPhrases {
    static let all: [String] = [
        // Announcing importance instead of showing it.
        "it is important to note", "it's important to note", "it is worth noting", "it's worth noting",
        "it is crucial to", "it is essential to", "it is imperative", "it is vital to", "it goes without saying",
        "needless to say", "first and foremost", "last but not least", "underscores the importance of",
        "underscores the need for", "highlights the importance of", "highlighting the need for",
        "serves as a reminder", "serves as a testament", "a stark reminder", "the stakes are high",
        "the stakes are clear", "cannot be overstated", "plays a crucial role", "play a crucial role",
        "plays a pivotal role", "play a pivotal role", "plays a vital role", "plays a key role",
        "a crucial role in", "a pivotal role in", "of paramount importance",
        // Scene-setting openers.
        "in today's fast-paced", "in today's digital age", "in today's world", "in the ever-evolving",
        "ever-evolving landscape", "rapidly evolving landscape", "in the fast-paced world", "in the realm of",
        "the landscape of", "at a crossroads", "a critical juncture", "in an era of", "in the modern era",
        // Journeys, dives and tapestries.
        "delve into", "delves into", "delving into", "delve deeper", "dive deep into", "deep dive into",
        "let's dive in", "let's explore", "dive into the world of", "embark on a journey", "embarking on a journey",
        "a rich tapestry", "tapestry of", "the intricacies of", "intricate interplay", "a delicate balance",
        "a double-edged sword", "navigating the complexities", "navigate the complexities",
        "navigating the intricacies", "a myriad of", "a plethora of", "a testament to", "stands as a testament",
        // Hype.
        "game changer", "game-changer", "paradigm shift", "unlock the potential", "unlock the full potential",
        "unleash the power", "harness the power of", "leverage the power of", "seamlessly integrate",
        "revolutionize the way", "transformative potential", "pave the way for", "paves the way for",
        "paving the way for", "groundbreaking", "cutting-edge", "stay ahead of the curve",
        "take it to the next level", "elevate your", "look no further", "a must-have", "whether you're a seasoned",
        "profound implications", "far-reaching implications", "far-reaching consequences",
        "poses a significant risk", "poses significant risks", "a significant risk to",
        // Essay scaffolding.
        "in this article, we will", "in this blog post, we will", "this article explores",
        "this article examines", "this article critically examines", "without further ado", "in conclusion",
        "to sum up", "in essence", "at the end of the day", "key takeaways", "a comprehensive guide",
        "the ultimate guide", "a deeper understanding of", "a nuanced understanding", "foster a culture of",
        "strike a balance", "striking a balance", "shed light on", "sheds light on", "shedding light on",
        "resonates with", "holistic approach", "multifaceted", "robust framework",
    ]
}
