/// English function words that carry no topic: left out of content-term vectors and claim nodes.
enum StopWords {
    /// The list, lowercase, apostrophes removed (the tokenizer joins "don't" into "dont").
    static let all: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "arent",
        "around", "as", "at", "be", "became", "because", "become", "becomes", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "cannot", "cant", "could", "couldnt", "did", "didnt", "do", "does",
        "doesnt", "doing", "done", "dont", "down", "during", "each", "either", "else", "enough", "etc", "even",
        "ever", "every", "few", "for", "from", "further", "had", "hadnt", "has", "hasnt", "have", "havent",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "id",
        "if", "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "least", "less", "let",
        "lets", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither",
        "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
        "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps",
        "quite", "rather", "really", "same", "shall", "she", "should", "shouldnt", "since", "so", "some",
        "something", "still", "such", "than", "that", "thats", "the", "their", "theirs", "them", "themselves",
        "then", "there", "therefore", "these", "they", "theyre", "thing", "things", "this", "those", "though",
        "through", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us", "use", "used",
        "using", "very", "via", "was", "wasnt", "way", "we", "well", "were", "werent", "what", "whatever", "when",
        "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours",
        "yourself", "yourselves", "youve", "two", "three", "first", "second", "new", "get", "got", "make",
        "made", "makes", "s", "t", "d", "ll", "re", "ve", "m",
    ]
}
