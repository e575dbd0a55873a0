extension Grammars {
    /// The rules C, C++ and their relatives share (after KDE's c.xml and isocpp.xml).
    static func cFamily(
        name: String, aliases: [String], types: String, controlFlow: String, keywords: String,
        builtins: String = "", attributes: String = "", constants: String = ""
    ) -> Grammar {
        typealias K = GrammarKit
        var root: [Rule] = [
            Rule(.literal("//"), .comment, .push("line-comment")),
            Rule(.literal("/*"), .comment, .push("block-comment")),
            Rule(.literals(["#include", "#import"]), .preprocessor, .push("include"), at: .firstNonBlank),
            Rule(.literal("#"), .preprocessor, .push("directive"), at: .firstNonBlank),
            Rule(.literals(["u8\"", "u\"", "U\"", "L\"", "\""]), .string, .push("string")),
            Rule(.literals(["'\\''", "'"]), .char, .push("char")),
            K.keywords(controlFlow, .controlFlow),
            K.keywords(types, .dataType),
            K.keywords(keywords, .keyword),
        ]
        if !attributes.isEmpty { root.append(K.keywords(attributes, .attribute)) }
        if !constants.isEmpty { root.append(K.keywords(constants, .constant)) }
        if !builtins.isEmpty { root.append(Rule(.words(K.words(builtins)), .builtIn, followedBy: "::", takesFollower: true)) }
        root += [
            Rule(.identifier, .normal),
            Rule(.number, .normal),
            K.operators("(){}[];,.*+-/%=<>!&|^~?:"),
        ]
        return Grammar(name: name, aliases: aliases, states: [
            "root": Grammar.State(root),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "include": Grammar.State([
                Rule(.between("<", ">"), .importKeyword), Rule(.between("\"", "\""), .importKeyword),
            ], fallback: .preprocessor, popsAtLineEnd: true),
            "directive": Grammar.State([
                Rule(.literal("//"), .comment, .popPush("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.number, .normal),
            ], fallback: .preprocessor, popsAtLineEnd: true),
            "string": K.string(close: "\"", .string, extra: [Rule(.printf, .specialChar)]),
            "char": K.string(close: "'", .char, escapeClass: .char),
        ], numberSuffixes: "uUlLfF")
    }

    static let c = cFamily(
        name: "c", aliases: ["h", "objective-c"],
        types: """
            auto char const double enum extern float inline int long register restrict short signed static struct \
            typedef union unsigned void volatile _Bool _Complex bool size_t ssize_t int8_t int16_t int32_t int64_t \
            uint8_t uint16_t uint32_t uint64_t FILE ptrdiff_t
            """,
        controlFlow: "break case continue default do else for goto if return switch while",
        keywords: "sizeof _Alignas _Alignof _Atomic _Generic _Noreturn _Static_assert _Thread_local")

    static let cpp = cFamily(
        name: "cpp", aliases: ["c++", "cxx", "cc", "hpp", "hxx", "isocpp", "cuda"],
        types: """
            auto bool char char8_t char16_t char32_t double float int long short signed unsigned void wchar_t \
            size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t
            """,
        controlFlow: "break case catch continue default do else for goto if return switch throw try while co_await co_return co_yield",
        keywords: """
            alignas alignof asm class concept consteval constinit decltype delete enum explicit export extern \
            friend inline mutable namespace new noexcept operator private protected public register requires \
            sizeof static_assert struct template this thread_local typedef typeid typename union using virtual \
            static_cast dynamic_cast reinterpret_cast const_cast
            """,
        builtins: "std boost Eigen", attributes: "const constexpr override final static volatile",
        constants: "nullptr true false NULL")
}
