/// sitegen's numeric style: bracketed numbers in order of first citation ("[1]", "[2]–[4]"), and an IEEE-like
/// reference list with initials first. Written for sitegen as CSL 1.0.2.
enum BuiltinNumericStyle {
    static let xml = """
    <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="sort-only" default-locale="en-US">
      <info>
        <title>sitegen numeric</title>
        <id>https://sitegen.invalid/styles/numeric</id>
        <summary>Numbered citations in brackets with an IEEE-like reference list.</summary>
      </info>
      <locale xml:lang="en">
        <terms>
          <term name="chapter" form="short">ch.</term>
          <term name="presented at">presented at the</term>
        </terms>
      </locale>
      <macro name="names">
        <names variable="author">
          <name and="text" delimiter=", " delimiter-precedes-et-al="never" initialize-with=". "/>
          <et-al font-style="italic"/>
          <label form="short" prefix=", "/>
          <substitute>
            <names variable="editor"/>
            <names variable="translator"/>
          </substitute>
        </names>
      </macro>
      <macro name="editors">
        <names variable="editor">
          <name and="text" delimiter=", " initialize-with=". "/>
          <label form="short" prefix=", " text-case="capitalize-first"/>
        </names>
      </macro>
      <macro name="title">
        <choose>
          <if type="bill book graphic legal_case legislation motion_picture song report thesis" match="any">
            <choose>
              <if type="report thesis" match="any">
                <text variable="title" quotes="true"/>
              </if>
              <else>
                <text variable="title" font-style="italic"/>
              </else>
            </choose>
          </if>
          <else>
            <text variable="title" quotes="true"/>
          </else>
        </choose>
      </macro>
      <macro name="year">
        <choose>
          <if variable="issued">
            <date variable="issued"><date-part name="year"/></date>
          </if>
          <else>
            <text term="no date" form="short"/>
          </else>
        </choose>
      </macro>
      <macro name="month-year">
        <choose>
          <if variable="issued">
            <date variable="issued">
              <date-part name="month" form="short" suffix=" "/>
              <date-part name="year"/>
            </date>
          </if>
          <else>
            <text term="no date" form="short"/>
          </else>
        </choose>
      </macro>
      <macro name="pages">
        <group delimiter=" ">
          <label variable="page" form="short"/>
          <text variable="page"/>
        </group>
      </macro>
      <macro name="volume-issue">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="volume" form="short"/>
            <text variable="volume"/>
          </group>
          <group delimiter=" ">
            <text term="issue" form="short"/>
            <text variable="issue"/>
          </group>
        </group>
      </macro>
      <macro name="place-publisher">
        <group delimiter=": ">
          <text variable="publisher-place"/>
          <text variable="publisher"/>
        </group>
      </macro>
      <macro name="edition">
        <choose>
          <if is-numeric="edition">
            <group delimiter=" ">
              <number variable="edition" form="ordinal"/>
              <text term="edition" form="short"/>
            </group>
          </if>
          <else>
            <text variable="edition"/>
          </else>
        </choose>
      </macro>
      <macro name="link">
        <choose>
          <if variable="DOI">
            <text variable="DOI" prefix="doi: "/>
          </if>
          <else-if variable="URL">
            <group delimiter=" ">
              <text value="[Online]. Available:"/>
              <text variable="URL"/>
            </group>
          </else-if>
        </choose>
      </macro>
      <macro name="body">
        <choose>
          <if type="article-journal article-magazine article-newspaper" match="any">
            <group delimiter=", ">
              <text macro="names"/>
              <text macro="title"/>
              <text variable="container-title" font-style="italic"/>
              <text macro="volume-issue"/>
              <text macro="pages"/>
              <text macro="month-year"/>
              <text macro="link"/>
            </group>
          </if>
          <else-if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
            <group delimiter=", ">
              <text macro="names"/>
              <text macro="title"/>
              <group delimiter=" ">
                <text term="in"/>
                <text variable="container-title" font-style="italic"/>
              </group>
              <text macro="editors"/>
              <text macro="place-publisher"/>
              <text macro="year"/>
              <text macro="pages"/>
              <text macro="link"/>
            </group>
          </else-if>
          <else-if type="thesis report" match="any">
            <group delimiter=", ">
              <text macro="names"/>
              <text macro="title"/>
              <group delimiter=" ">
                <text variable="genre"/>
                <text variable="number"/>
              </group>
              <text variable="publisher"/>
              <text variable="publisher-place"/>
              <text macro="year"/>
              <text macro="link"/>
            </group>
          </else-if>
          <else-if type="book">
            <group delimiter=", ">
              <group delimiter=". ">
                <group delimiter=", ">
                  <text macro="names"/>
                  <text macro="title"/>
                  <text macro="edition"/>
                </group>
                <text macro="place-publisher"/>
              </group>
              <text macro="year"/>
              <text macro="link"/>
            </group>
          </else-if>
          <else>
            <group delimiter=", ">
              <text macro="names"/>
              <text macro="title"/>
              <text variable="container-title" font-style="italic"/>
              <text variable="publisher"/>
              <text macro="year"/>
              <text macro="link"/>
            </group>
          </else>
        </choose>
      </macro>
      <citation collapse="citation-number">
        <sort>
          <key variable="citation-number"/>
        </sort>
        <layout delimiter=", ">
          <group prefix="[" suffix="]" delimiter=", ">
            <text variable="citation-number"/>
            <group delimiter=" ">
              <label variable="locator" form="short"/>
              <text variable="locator"/>
            </group>
          </group>
        </layout>
      </citation>
      <bibliography entry-spacing="0" second-field-align="flush" et-al-min="7" et-al-use-first="1">
        <layout suffix=".">
          <text variable="citation-number" prefix="[" suffix="]"/>
          <text macro="body"/>
        </layout>
      </bibliography>
    </style>
    """
}
