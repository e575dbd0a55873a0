extension Grammars {
    /// SQL (ANSI with common PostgreSQL/SQLite words), case-insensitive, after KDE's sql.xml.
    static let sql: Grammar = {
        typealias K = GrammarKit
        return Grammar(name: "sql", aliases: ["postgresql", "postgres", "sqlite", "mysql", "plsql", "tsql", "duckdb"], states: [
            "root": Grammar.State([
                Rule(.literal("--"), .comment, .push("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.literal("'"), .string, .push("string")),
                Rule(.literal("\""), .normal, .push("quoted-name")),
                K.keywords("if", .controlFlow),
                K.keywords("""
                    add all alter analyze and any as asc begin between by cascade case check collate column commit \
                    constraint create cross current_date current_time current_timestamp database default delete desc \
                    distinct drop else end escape except exists explain foreign from full grant group having id in \
                    index inner insert intersect into is join key left like limit natural not null offset on or order \
                    outer over partition primary references rename replace returning revoke right rollback row rows \
                    select set table temporary then to transaction trigger truncate union unique update using values \
                    view when where window with recursive ilike materialized
                    """, .keyword),
                K.keywords("""
                    bigint binary bit blob boolean char character date datetime decimal double float int integer \
                    interval numeric real serial smallint text time timestamp varchar year json jsonb uuid
                    """, .dataType),
                K.keywords("""
                    abs avg cast ceil coalesce count floor greatest least length lower max min nullif round stddev \
                    substr substring sum trim upper variance row_number rank dense_rank lag lead now extract \
                    string_agg array_agg percentile_cont median exp ln log sqrt power random
                    """, .function),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
                K.operators("*=<>!+-/%|~^"),
            ]),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "string": Grammar.State([Rule(.literal("''"), .string), Rule(.literal("'"), .string, .pop)], fallback: .string),
            "quoted-name": Grammar.State([Rule(.literal("\""), .normal, .pop)]),
        ], ignoresCase: true)
    }()

    /// Stan, after KDE's stan.xml: program blocks are keywords, types data types.
    static let stan: Grammar = {
        typealias K = GrammarKit
        return Grammar(name: "stan", states: [
            "root": Grammar.State([
                Rule(.literals(["//", "#"]), .comment, .push("line-comment")),
                Rule(.literal("/*"), .comment, .push("block-comment")),
                Rule(.literal("\""), .string, .push("string")),
                Rule(.literals(["generated quantities", "transformed data", "transformed parameters"]), .keyword),
                K.keywords("functions data parameters model lower upper offset multiplier print reject target", .keyword),
                K.keywords("for in while if else return break continue", .controlFlow),
                K.keywords("""
                    int real complex vector row_vector matrix simplex ordered positive_ordered unit_vector \
                    cholesky_factor_corr cholesky_factor_cov corr_matrix cov_matrix array void tuple \
                    complex_vector complex_matrix complex_row_vector sum_to_zero_vector
                    """, .dataType),
                Rule(.identifier, .normal),
                Rule(.number, .normal),
            ]),
            "line-comment": Grammar.State([], fallback: .comment, popsAtLineEnd: true),
            "block-comment": K.comment(close: "*/"),
            "string": K.string(close: "\"", .string),
        ])
    }()
}
