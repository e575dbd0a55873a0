/// sitegen's default style: author-date citations and a reference list in the manner of the Chicago Manual of
/// Style, 17th edition, matching what pandoc prints with its built-in default. Written for sitegen as CSL 1.0.2.
enum BuiltinAuthorDateStyle {
    static let xml = """
    <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago" default-locale="en-US">
      <info>
        <title>sitegen author-date</title>
        <id>https://sitegen.invalid/styles/author-date</id>
        <summary>sitegen's default: author-date citations in the manner of the Chicago Manual of Style (17th ed.).</summary>
      </info>
      <locale xml:lang="en">
        <terms>
          <term name="translator" form="short"><single>trans.</single><multiple>trans.</multiple></term>
          <term name="presented at">presented at the</term>
        </terms>
      </locale>

      <!-- Names -->
      <macro name="names-bib">
        <names variable="author">
          <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
          <label form="short" prefix=", "/>
          <substitute>
            <names variable="editor"/>
            <names variable="translator"/>
            <text macro="title-alone"/>
          </substitute>
        </names>
      </macro>
      <macro name="names-cite">
        <names variable="author">
          <name form="short" and="text" delimiter=", " initialize-with=". "/>
          <substitute>
            <names variable="editor"/>
            <names variable="translator"/>
            <text macro="title-cite"/>
          </substitute>
        </names>
      </macro>
      <macro name="names-sort">
        <names variable="author">
          <name name-as-sort-order="all" sort-separator=", " delimiter=", "/>
          <substitute>
            <names variable="editor"/>
            <names variable="translator"/>
            <text variable="title"/>
          </substitute>
        </names>
      </macro>
      <macro name="editors-in">
        <names variable="editor translator" delimiter=", ">
          <label form="verb" suffix=" "/>
          <name and="text" delimiter=", "/>
        </names>
      </macro>
      <macro name="editors-after-title">
        <group delimiter=". ">
          <names variable="editor">
            <label form="verb" text-case="capitalize-first" suffix=" "/>
            <name and="text" delimiter=", "/>
          </names>
          <names variable="translator">
            <label form="verb" text-case="capitalize-first" suffix=" "/>
            <name and="text" delimiter=", "/>
          </names>
        </group>
      </macro>

      <!-- Titles -->
      <macro name="title-alone">
        <choose>
          <if type="patent">
            <text variable="title"/>
          </if>
          <else-if type="bill book graphic legal_case legislation motion_picture song" match="any">
            <group delimiter=" ">
              <text variable="title" font-style="italic" text-case="title"/>
              <group delimiter=" " prefix="(" suffix=")">
                <text term="version"/>
                <text variable="version"/>
              </group>
            </group>
          </else-if>
          <else>
            <text variable="title" quotes="true" text-case="title"/>
          </else>
        </choose>
      </macro>
      <macro name="title-cite">
        <choose>
          <if type="bill book graphic legal_case legislation motion_picture song" match="any">
            <text variable="title" form="short" font-style="italic" text-case="title"/>
          </if>
          <else>
            <text variable="title" form="short" quotes="true" text-case="title"/>
          </else>
        </choose>
      </macro>

      <!-- Dates -->
      <macro name="year-bib">
        <choose>
          <if variable="issued">
            <date variable="issued"><date-part name="year"/></date>
          </if>
          <else>
            <text term="no date" form="short"/>
          </else>
        </choose>
      </macro>
      <macro name="full-date">
        <date variable="issued" form="text"/>
      </macro>

      <!-- Pieces after the title -->
      <macro name="book-details">
        <group delimiter=". ">
          <text macro="editors-after-title"/>
          <choose>
            <if is-numeric="edition">
              <group delimiter=" ">
                <number variable="edition" form="ordinal"/>
                <text term="edition" form="short"/>
              </group>
            </if>
            <else>
              <text variable="edition" text-case="capitalize-first"/>
            </else>
          </choose>
          <group delimiter=" ">
            <text term="volume" form="short" text-case="capitalize-first"/>
            <text variable="volume"/>
          </group>
          <group delimiter=" ">
            <text variable="collection-title" text-case="title"/>
            <text variable="collection-number"/>
          </group>
        </group>
      </macro>
      <macro name="journal">
        <group delimiter=": ">
          <group delimiter=", ">
            <group delimiter=" ">
              <text variable="container-title" font-style="italic" text-case="title"/>
              <text variable="volume"/>
              <choose>
                <if variable="issue volume" match="all">
                  <text variable="issue" prefix="(" suffix=")"/>
                </if>
                <else-if variable="volume">
                  <date variable="issued" prefix="(" suffix=")"><date-part name="month"/></date>
                </else-if>
              </choose>
            </group>
            <choose>
              <if variable="volume" match="none">
                <group delimiter=" ">
                  <text term="issue" form="short"/>
                  <text variable="issue"/>
                </group>
              </if>
            </choose>
          </group>
          <text variable="page"/>
        </group>
      </macro>
      <macro name="periodical">
        <group delimiter=", ">
          <text variable="container-title" font-style="italic" text-case="title"/>
          <choose>
            <if variable="issued">
              <date variable="issued" form="text" date-parts="year-month-day"/>
            </if>
          </choose>
        </group>
      </macro>
      <macro name="in-container">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="in" text-case="capitalize-first"/>
            <text variable="container-title" font-style="italic" text-case="title"/>
          </group>
          <text macro="editors-in"/>
          <choose>
            <if variable="volume page" match="all">
              <group delimiter=":">
                <text variable="volume"/>
                <text variable="page"/>
              </group>
            </if>
            <else>
              <text variable="page"/>
            </else>
          </choose>
        </group>
      </macro>
      <macro name="place-publisher">
        <group delimiter=": ">
          <text variable="publisher-place"/>
          <text variable="publisher"/>
        </group>
      </macro>
      <macro name="genre-number">
        <group delimiter=" ">
          <text variable="genre"/>
          <text variable="number"/>
        </group>
      </macro>
      <macro name="event">
        <group delimiter=", ">
          <group delimiter=" ">
            <text term="presented at" text-case="capitalize-first"/>
            <text variable="event"/>
          </group>
          <text variable="event-place"/>
        </group>
      </macro>
      <macro name="link">
        <choose>
          <if variable="DOI">
            <text variable="DOI" prefix="https://doi.org/"/>
          </if>
          <else>
            <text variable="URL"/>
          </else>
        </choose>
      </macro>

      <!-- Everything after the title, by type -->
      <macro name="details">
        <choose>
          <if type="article-journal">
            <text macro="journal"/>
          </if>
          <else-if type="article-magazine article-newspaper" match="any">
            <text macro="periodical"/>
          </else-if>
          <else-if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
            <group delimiter=". ">
              <text macro="in-container"/>
              <text macro="place-publisher"/>
            </group>
          </else-if>
          <else-if type="thesis">
            <group delimiter=", ">
              <text variable="genre" text-case="capitalize-first"/>
              <text macro="place-publisher"/>
            </group>
          </else-if>
          <else-if type="report">
            <group delimiter=". ">
              <text macro="genre-number"/>
              <text macro="place-publisher"/>
            </group>
          </else-if>
          <else-if type="webpage post post-weblog" match="any">
            <group delimiter=". ">
              <text variable="container-title"/>
              <text macro="full-date"/>
            </group>
          </else-if>
          <else-if type="speech">
            <text macro="event"/>
          </else-if>
          <else-if type="patent">
            <group delimiter=", ">
              <text variable="number"/>
              <group delimiter=" ">
                <text value="issued"/>
                <date variable="issued" form="text"/>
              </group>
            </group>
          </else-if>
          <else-if type="manuscript"/>
          <else>
            <group delimiter=". ">
              <text macro="book-details"/>
              <text macro="place-publisher"/>
            </group>
          </else>
        </choose>
      </macro>

      <macro name="locator">
        <choose>
          <if variable="locator">
            <choose>
              <if type="bill book graphic legal_case legislation motion_picture report song" match="any">
                <choose>
                  <if locator="page">
                    <group delimiter=":">
                      <text variable="volume"/>
                      <text variable="locator"/>
                    </group>
                  </if>
                  <else>
                    <group delimiter=", ">
                      <group delimiter=" ">
                        <text term="volume" form="short"/>
                        <text variable="volume"/>
                      </group>
                      <group delimiter=" ">
                        <label variable="locator" form="short"/>
                        <text variable="locator"/>
                      </group>
                    </group>
                  </else>
                </choose>
              </if>
              <else-if locator="page">
                <text variable="locator"/>
              </else-if>
              <else>
                <group delimiter=" ">
                  <label variable="locator" form="short"/>
                  <text variable="locator"/>
                </group>
              </else>
            </choose>
          </if>
        </choose>
      </macro>

      <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true" disambiguate-add-names="true" disambiguate-add-givenname="true" givenname-disambiguation-rule="primary-name" collapse="year" after-collapse-delimiter="; ">
        <layout prefix="(" suffix=")" delimiter="; ">
          <group delimiter=", ">
            <choose>
              <if variable="issued">
                <group delimiter=" ">
                  <text macro="names-cite"/>
                  <date variable="issued"><date-part name="year"/></date>
                </group>
              </if>
              <else>
                <group delimiter=", ">
                  <text macro="names-cite"/>
                  <text term="no date" form="short"/>
                </group>
              </else>
            </choose>
            <text macro="locator"/>
          </group>
        </layout>
      </citation>
      <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7" subsequent-author-substitute="&#8212;&#8212;&#8212;" entry-spacing="0">
        <sort>
          <key macro="names-sort"/>
          <key variable="issued"/>
          <key variable="title"/>
        </sort>
        <layout suffix=".">
          <group delimiter=". ">
            <text macro="names-bib"/>
            <text macro="year-bib"/>
            <text macro="title-alone"/>
            <text macro="details"/>
            <text macro="link"/>
          </group>
        </layout>
      </bibliography>
    </style>
    """
}
