extension Grammars {
    /// Python 3, after KDE's python.xml: docstrings are comments, f-strings special, exceptions preprocessor.
    static let python: Grammar = {
        typealias K = GrammarKit
        func fstring(_ close: String) -> Grammar.State {
            K.string(close: close, .specialString, escapeClass: .char, multiline: close.count == 3, extra: [
                Rule(.literals(["{{", "}}"]), .specialChar), Rule(.literal("{"), .specialChar, .push("fexpr")),
            ])
        }
        var states: [String: Grammar.State] = [
            "root": Grammar.State([
                Rule(.literals(["\"\"\"", "'''"]), .comment, .push("doc-dq"), at: .firstNonBlank, notFollowedBy: nil),
                Rule(.literal("#"), .comment, .push("line-comment")),
                Rule(.literal("@"), .attribute, .push("decorator"), at: .firstNonBlank),
                Rule(.literals(["f\"\"\"", "rf\"\"\"", "fr\"\"\"", "F\"\"\""]), .specialString, .push("f3dq")),
                Rule(.literals(["f'''", "rf'''", "fr'''"]), .specialString, .push("f3sq")),
                Rule(.literals(["f\"", "rf\"", "fr\"", "F\"", "Rf\"", "fR\""]), .specialString, .push("fdq")),
                Rule(.literals(["f'", "rf'", "fr'", "F'"]), .specialString, .push("fsq")),
                Rule(.literals(["\"\"\"", "r\"\"\"", "b\"\"\"", "u\"\"\""]), .string, .push("s3dq")),
                Rule(.literals(["'''", "r'''", "b'''"]), .string, .push("s3sq")),
                Rule(.literals(["\"", "r\"", "b\"", "u\"", "rb\"", "br\"", "R\""]), .string, .push("sdq")),
                Rule(.literals(["'", "r'", "b'", "u'", "rb'", "br'", "R'"]), .string, .push("ssq")),
                K.keywords("import from as", .importKeyword),
                K.keywords("""
                    assert async await break continue elif else except finally for if pass raise return try while \
                    with yield
                    """, .controlFlow),
                K.keywords("and class def del global in is lambda nonlocal not or", .keyword),
                K.keywords("False None True self cls Ellipsis NotImplemented", .variable),
                K.keywords(builtins, .builtIn),
                K.keywords(exceptions, .preprocessor),
                Rule(.words(K.words(specialMethods)), .function),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
                K.operators("=+-*/%@<>!&|^~"),
            ]),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "decorator": Grammar.State([
                Rule(.identifier, .attribute), Rule(.literal("."), .attribute), Rule(.empty, .normal, .pop),
            ]),
            "doc-dq": Grammar.State([Rule(.literals(["\"\"\"", "'''"]), .comment, .pop)], fallback: .comment),
            "s3dq": K.string(close: "\"\"\"", .string, escapeClass: .char, multiline: true),
            "s3sq": K.string(close: "'''", .string, escapeClass: .char, multiline: true),
            "sdq": K.string(close: "\"", .string, escapeClass: .char),
            "ssq": K.string(close: "'", .string, escapeClass: .char),
            "f3dq": fstring("\"\"\""), "f3sq": fstring("'''"), "fdq": fstring("\""), "fsq": fstring("'"),
            "fexpr": Grammar.State([
                Rule(.literal("}"), .specialChar, .pop), Rule(.literal(":"), .specialChar, .popPush("fspec")),
                Rule(.literal("!"), .specialChar, .popPush("fspec"), notFollowedBy: "="),
            ]),
            "fspec": Grammar.State([Rule(.literal("}"), .specialChar, .pop)], fallback: .specialChar),
        ]
        states["fexpr"]!.rules += states["root"]!.rules.filter {
            if case .literal(let text) = $0.pattern { return text != "#" }
            return true
        }
        return Grammar(name: "python", aliases: ["py", "python3", "ipython", "py3", "sage"], states: states,
                       numberSuffixes: "jJlL")
    }()

    private static let builtins = """
        abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict \
        dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id \
        input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow \
        print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type \
        vars zip __import__
        """

    private static let exceptions = """
        ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError \
        ChildProcessError ConnectionError EOFError EnvironmentError Exception FileExistsError FileNotFoundError \
        FloatingPointError GeneratorExit IOError ImportError IndentationError IndexError InterruptedError \
        IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError \
        NotADirectoryError NotImplementedError OSError OverflowError PermissionError ProcessLookupError \
        RecursionError ReferenceError RuntimeError StopIteration SyntaxError SystemError SystemExit TabError \
        TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError ValueError \
        ZeroDivisionError Warning UserWarning DeprecationWarning RuntimeWarning FutureWarning
        """

    private static let specialMethods = """
        __init__ __new__ __del__ __repr__ __str__ __bytes__ __format__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ \
        __hash__ __bool__ __getattr__ __getattribute__ __setattr__ __delattr__ __dir__ __get__ __set__ __delete__ \
        __call__ __len__ __getitem__ __setitem__ __delitem__ __iter__ __next__ __reversed__ __contains__ __add__ \
        __sub__ __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __pow__ __and__ __or__ __xor__ __neg__ \
        __pos__ __abs__ __enter__ __exit__ __post_init__ __main__ __name__ __file__ __doc__ __all__
        """
}
