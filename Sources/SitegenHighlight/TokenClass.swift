/// A token class, named as pandoc (skylighting) names them so pandoc and Quarto highlight themes apply.
public enum TokenClass: String, Hashable, Sendable, CaseIterable {
    /// Plain text: no span.
    case normal = ""
    /// `kw`: a keyword.
    case keyword = "kw"
    /// `dt`: a data type.
    case dataType = "dt"
    /// `dv`: a decimal integer.
    case decimal = "dv"
    /// `bn`: a number in another base.
    case baseN = "bn"
    /// `fl`: a floating-point number.
    case float = "fl"
    /// `cn`: a constant.
    case constant = "cn"
    /// `ch`: a character literal.
    case char = "ch"
    /// `sc`: a special character (escape, interpolation delimiter).
    case specialChar = "sc"
    /// `st`: a string.
    case string = "st"
    /// `vs`: a verbatim string.
    case verbatimString = "vs"
    /// `ss`: a special string (format string, regex).
    case specialString = "ss"
    /// `im`: an import.
    case importKeyword = "im"
    /// `co`: a comment.
    case comment = "co"
    /// `do`: documentation.
    case documentation = "do"
    /// `an`: an annotation.
    case annotation = "an"
    /// `cv`: a comment variable.
    case commentVar = "cv"
    /// `ot`: other.
    case other = "ot"
    /// `fu`: a function.
    case function = "fu"
    /// `va`: a variable.
    case variable = "va"
    /// `cf`: control flow.
    case controlFlow = "cf"
    /// `op`: an operator.
    case `operator` = "op"
    /// `bu`: a built-in.
    case builtIn = "bu"
    /// `ex`: an extension.
    case `extension` = "ex"
    /// `pp`: a preprocessor directive.
    case preprocessor = "pp"
    /// `at`: an attribute.
    case attribute = "at"
    /// `re`: a region marker.
    case regionMarker = "re"
    /// `in`: information.
    case information = "in"
    /// `wa`: a warning.
    case warning = "wa"
    /// `al`: an alert.
    case alert = "al"
    /// `er`: an error.
    case error = "er"
}
