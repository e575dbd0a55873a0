extension Grammars {
    /// Swift, after KDE's swift.xml: declared names are variables, interpolation openers errors (as pandoc shows).
    static let swift: Grammar = {
        typealias K = GrammarKit
        let types = """
            Any AnyObject Array Bool Character Dictionary Double Error Float Float32 Float64 Int Int8 Int16 Int32 \
            Int64 Never Optional Result Set String Substring UInt UInt8 UInt16 UInt32 UInt64 Void Data Date URL
            """
        let code: [Rule] = [
                Rule(.literal("//"), .comment, .push("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.literal("\"\"\""), .string, .push("string3")),
                Rule(.literal("\""), .string, .push("string")),
                Rule(.literal("#"), .preprocessor, .push("directive"), at: .firstNonBlank),
                Rule(.prefixed("@"), .attribute),
                K.keywords("case guard else for in if try switch while repeat do catch default break continue fallthrough defer", .controlFlow),
                Rule(.literal("func"), .keyword, .push("func-name")),
                Rule(.literals(["let", "var"]), .keyword, .push("binding")),
                Rule(.literal("import"), .keyword, .push("import")),
                K.keywords("""
                    import struct private set var mutating func enum throws throw let where return true false nil as \
                    is self Self init deinit class protocol extension public internal fileprivate open static final \
                    override lazy weak unowned inout some any typealias associatedtype subscript operator get didSet \
                    willSet convenience required rethrows async await super actor nonisolated isolated package
                    """, .keyword),
                Rule(.words(K.words(types)), .function, followedBy: "("),
                K.keywords(types, .dataType),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
                K.operators("(){};,.*+-/%=<>!&|^~?:"),
            ]
        let parameters = [
            Rule(.literal(")"), .operator, .pop), Rule(.literal("("), .operator, .push("parameters")),
            Rule(.literal("_ "), .variable),
            Rule(.identifier, .variable, followedBy: ":", notFollowedBy: ":", notAfter: "."),
        ] + code
        return Grammar(name: "swift", states: [
            "root": Grammar.State([Rule(.literal("("), .operator, .push("parameters"))] + code),
            "parameters": Grammar.State(parameters),
            "import": Grammar.State([Rule(.identifier, .importKeyword), Rule(.literal("."), .importKeyword)], popsAtLineEnd: true),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "directive": Grammar.State([], fallback: .preprocessor, popsAtLineEnd: true),
            "string": K.string(close: "\"", .string, escapeClass: nil, extra: [Rule(.literal("\\("), .error), Rule(.escape, .string)]),
            "string3": K.string(close: "\"\"\"", .string, escapeClass: nil, multiline: true,
                                extra: [Rule(.literal("\\("), .error), Rule(.escape, .string)]),
            "func-name": Grammar.State([
                Rule(.run(" \t"), .normal), Rule(.identifier, .function, .pop), Rule(.empty, .normal, .pop),
            ]),
            "binding": Grammar.State([
                Rule(.run(" \t"), .normal), Rule(.identifier, .variable, .pop), Rule(.empty, .normal, .pop),
            ]),
        ])
    }()

    /// Rust, after KDE's rust.xml: paths and macros are preprocessor tokens, all numbers decimal.
    static let rust: Grammar = {
        typealias K = GrammarKit
        let traits = """
            AsMut AsRef Clone Copy Debug Default Display Drop Eq Error Fn FnMut FnOnce From Hash Into IntoIterator \
            Iterator Ord PartialEq PartialOrd Read Send Sized Sync ToOwned ToString Write Deserialize Serialize
            """
        return Grammar(name: "rust", aliases: ["rs"], states: [
            "root": Grammar.State([
                Rule(.literal("//"), .comment, .push("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.literals(["#![", "#["]), .attribute, .push("attribute")),
                Rule(.literals(["b\"", "\""]), .string, .push("string")),
                Rule(.literals(["r#\"", "r\""]), .string, .push("raw-string")),
                Rule(.charLiteral, .char),
                Rule(.prefixed("'"), .normal),
                K.keywords("""
                    bool char f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize str String Vec Option \
                    Result Box Rc Arc Cell RefCell
                    """, .dataType),
                Rule(.identifier, .preprocessor, followedBy: "::", takesFollower: true),
                Rule(.literal("::"), .preprocessor),
                Rule(.identifier, .preprocessor, followedBy: "!", takesFollower: true, notFollowedBy: "="),
                K.keywords("break continue else for if loop match return while yield", .controlFlow),
                K.keywords("""
                    as async await const crate dyn enum extern fn impl let mod move mut pub ref self Self static \
                    struct super trait type unsafe use where in default union
                    """, .keyword),
                K.keywords("true false Some None Ok Err", .constant),
                K.keywords(traits, .builtIn),
                Rule(.identifier, .normal),
                Rule(.number, .decimal),
                K.operators(";{},:<>&*.+-=?|!/%^@"),
            ]),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "string": K.string(close: "\"", .string, multiline: true),
            "raw-string": Grammar.State([Rule(.literals(["\"#", "\""]), .string, .pop)], fallback: .string),
            "attribute": Grammar.State([
                Rule(.literal("]"), .attribute, .pop), Rule(.oneOf("()="), .attribute), Rule(.literal(","), .operator),
                Rule(.literal("\""), .string, .push("string")), K.keywords(traits, .builtIn),
            ]),
        ], numberSuffixes: "fiusz0123456789")
    }()

    /// Go, after KDE's go.xml.
    static let go: Grammar = {
        typealias K = GrammarKit
        return Grammar(name: "go", aliases: ["golang"], states: [
            "root": Grammar.State([
                Rule(.literal("//"), .comment, .push("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.literal("\""), .string, .push("string")),
                Rule(.literal("`"), .string, .push("raw-string")),
                Rule(.between("'", "'"), .char),
                K.keywords("break case continue default defer else fallthrough for go goto if return select switch", .controlFlow),
                K.keywords("chan const func import interface map package range struct type var", .keyword),
                K.keywords("nil true false iota", .other),
                K.keywords("""
                    bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint \
                    uint8 uint16 uint32 uint64 uintptr any
                    """, .dataType),
                K.keywords("append cap clear close complex copy delete imag len make max min new panic print println real recover", .builtIn),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
                K.operators("(){}[];,.*+-/%=<>!&|^~:"),
            ]),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "string": K.string(close: "\"", .string, escapeClass: .char),
            "raw-string": Grammar.State([Rule(.literal("`"), .string, .pop)], fallback: .string),
        ], numberSuffixes: "i")
    }()
}
