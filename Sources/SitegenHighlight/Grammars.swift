/// The grammars sitegen ships, one value per language (see `Grammars/`).
public enum Grammars {
    /// Every grammar, in lookup order.
    public static let all: [Grammar] = [
        python, r, julia, bash, console, c, cpp, swift, rust, go, javascript, typescript, sql, stan, yaml, json, toml, latex, markdown, diff, dockerfile, makefile, haskell,
    ]
}
