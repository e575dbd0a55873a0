/// sitegen's numeric style.
enum BuiltinNumericStyle {
    static let xml = """
    <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <citation><layout><text variable="title"/></layout></citation>
    </style>
    """
}
