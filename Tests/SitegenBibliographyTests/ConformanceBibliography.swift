/// The bibliography of the pandoc conformance test: 133 entries written for sitegen's tests, covering the
/// entry types, name shapes, accents and ambiguities research bloggers run into.
enum ConformanceBibliography {
    static let bib = #"""
@string{jcl = {Journal of Computational Linguistics}}
@string{pub = {Cambridge University Press}}

@article{adams2001,
  author = {Adams, Alice},
  title = {Small Samples and Large Claims},
  journal = {Journal of Applied Statistics},
  year = {2001}, volume = {18}, number = {2}, pages = {101--108}
}
@article{baker2003,
  author = {Baker, Bob and Carter, Carol},
  title = {On the Estimation of Variance in Nested Designs},
  journal = jcl, year = 2003, volume = 7, pages = {1--22}, doi = {10.1000/jcl.2003.7}
}
@article{chen2010,
  author = {Chen, Wei and Dupont, Marie and Evans, Eric},
  title = {Neural Approaches to {B}ayesian Inference},
  journal = {Machine Learning Review}, year = {2010}, volume = {44}, number = {1}, pages = {321--328}
}
@article{diaz2015,
  author = {D{\'i}az, Jos{\'e} and Eriksson, Lars and Fischer, Franz and Garc{\'i}a, Luc{\'i}a},
  title = {Measuring Coastal Erosion with Drones},
  journal = {Remote Sensing Letters}, year = {2015}, volume = {6}, number = {4}, pages = {1496--1504}
}
@article{evans2018,
  author = {Evans, Eric and Fox, Fiona and Green, Gary and Hill, Harriet and Ito, Ichiro},
  title = {A Survey of Graph Databases},
  journal = {ACM Computing Surveys}, year = {2018}, volume = {51}, number = {3}, pages = {45:1--45:30},
  doi = {10.1145/3172867}
}
@article{fox2019,
  author = {Fox, Fiona and Green, Gary and Hill, Harriet and Ito, Ichiro and Jones, Jack and Kim, Kyung},
  title = {Reproducibility in Computational Science},
  journal = {Nature Methods}, year = {2019}, volume = {16}, pages = {1--10}
}
@article{green2020,
  author = {Green, Gary and Hill, Harriet and Ito, Ichiro and Jones, Jack and Kim, Kyung and Lopez, Luis and Martin, Maria},
  title = {Seven Authors Walk into a Lab},
  journal = {Science}, year = {2020}, volume = {367}, number = {6481}, pages = {880--883}
}
@article{hill2021,
  author = {Hill, Harriet and Ito, Ichiro and Jones, Jack and Kim, Kyung and Lopez, Luis and Martin, Maria and Nakamura, Naoko and Olsen, Ole},
  title = {Eight Is Enough},
  journal = {Cell}, year = {2021}, volume = {184}, pages = {12--19}
}
@article{ito2016,
  author = {Ito, Ichiro and Jones, Jack and Kim, Kyung and Lopez, Luis and Martin, Maria and Nakamura, Naoko and Olsen, Ole and Patel, Priya and Quinn, Quentin and Rossi, Rosa and Sato, Sora and Taylor, Tom},
  title = {Twelve Authors and a Particle Detector},
  journal = {Physical Review Letters}, year = {2016}, volume = {116}, number = {6}, pages = {061102}
}
@article{jones2012,
  author = {Jones, Jack and Kim, Kyung and Lopez, Luis and Martin, Maria and Nakamura, Naoko and Olsen, Ole and Patel, Priya and Quinn, Quentin and Rossi, Rosa and Sato, Sora and Taylor, Tom},
  title = {Eleven Is a Crowd},
  journal = {Physical Review D}, year = {2012}, volume = {85}, pages = {2001--2010}
}
@article{kim2014,
  author = {Kim, Kyung and Lopez, Luis and Martin, Maria and Nakamura, Naoko and Olsen, Ole and Patel, Priya and Quinn, Quentin and Rossi, Rosa and Sato, Sora and Taylor, Tom},
  title = {Ten Authors on Dark Matter},
  journal = {Astrophysical Journal}, year = {2014}, volume = {790}, pages = {1--15}
}
@article{smith2020a,
  author = {Smith, John},
  title = {The First Paper of the Year},
  journal = {Economics Letters}, year = {2020}, volume = {186}, pages = {108--112}
}
@article{smith2020b,
  author = {Smith, John},
  title = {A Second Paper of the Year},
  journal = {Economics Letters}, year = {2020}, volume = {187}, pages = {11--15}
}
@book{smith2020c,
  author = {Smith, John},
  title = {Yet Another Book of the Year},
  publisher = pub, address = {Cambridge}, year = {2020}
}
@article{smithjane2020,
  author = {Smith, Jane},
  title = {Different Smith, Same Year},
  journal = {Economics Letters}, year = {2020}, volume = {188}, pages = {1--4}
}
@article{lopez2017,
  author = {L{\'o}pez, Luis and Mart{\'i}nez, Mar{\'i}a},
  title = {Migraci{\'o}n y trabajo},
  journal = {Revista de Econom{\'i}a}, year = {2017}, volume = {12}, number = {1}, pages = {55--80},
  langid = {spanish}
}
@article{mueller2011,
  author = {M{\"u}ller, J{\"u}rgen and Schr{\"o}der, Gerhard},
  title = {{\"U}ber die Stabilit{\"a}t von Netzwerken},
  journal = {Zeitschrift f{\"u}r Physik}, year = {2011}, volume = {9}, pages = {3--10}
}
@article{vangogh1999,
  author = {van Gogh, Vincent and de la Cruz, Juana},
  title = {Colour Perception in Painters},
  journal = {Perception}, year = {1999}, volume = {28}, number = {11}, pages = {1385--1392}
}
@article{king2005,
  author = {King, Jr., Martin Luther and Doe, Jane},
  title = {Civil Rights and Statistics},
  journal = {Journal of Social Data}, year = {2005}, volume = {2}, pages = {77--99}
}
@article{oconnor2013,
  author = {O'Connor, Sin{\'e}ad and {\O}stergaard, S{\o}ren},
  title = {Irish and Danish Labour Markets Compared},
  journal = {European Economic Review}, year = {2013}, volume = {61}, pages = {200--215}
}
@article{who2020,
  author = {{World Health Organization}},
  title = {Global Tuberculosis Report},
  journal = {Weekly Epidemiological Record}, year = {2020}, volume = {95}, pages = {501--512}
}
@article{nasa2019,
  author = {{National Aeronautics and Space Administration}},
  title = {Mars Climate Data},
  journal = {Planetary Science Journal}, year = {2019}, volume = {1}, number = {2}
}
@article{nopages2008,
  author = {Novak, Nina},
  title = {An Article without Pages},
  journal = {Journal of Missing Things}, year = {2008}, volume = {3}
}
@article{novolume2009,
  author = {Novak, Nina},
  title = {An Article without Volume},
  journal = {Journal of Missing Things}, year = {2009}
}
@article{protected2012,
  author = {Park, Paul},
  title = {Using {DNA} Barcodes in {iPhone} Apps for {Africa}},
  journal = {Bioinformatics}, year = {2012}, volume = {28}, pages = {1--2}
}
@article{subtitle2014,
  author = {Quinn, Quentin},
  title = {Networks: A Very Short Introduction to Their Theory},
  journal = {Physics Today}, year = {2014}, volume = {67}, number = {5}, pages = {30--35}
}
@article{month2016,
  author = {Rossi, Rosa},
  title = {Seasonal Patterns in Tourism},
  journal = {Tourism Management}, year = {2016}, month = jun, volume = {54}, pages = {1--9}
}
@article{dash2017,
  author = {Sato, Sora},
  title = {Energy Markets -- Past, Present and Future},
  journal = {Energy Policy}, year = {2017}, volume = {100}, pages = {1--5}
}
@article{url2018,
  author = {Taylor, Tom},
  title = {Open Data Portals},
  journal = {Government Information Quarterly}, year = {2018}, volume = {35}, pages = {1--12},
  url = {https://example.org/open-data}
}
@article{amp2019,
  author = {Underwood, Uma and Vance, Victor},
  title = {Mergers \& Acquisitions in Tech},
  journal = {Journal of Finance \& Economics}, year = {2019}, volume = {4}, pages = {10--20}
}
@article{emph2015,
  author = {Wagner, Wanda},
  title = {The Genus \emph{Drosophila} in Island Habitats},
  journal = {Journal of Biogeography}, year = {2015}, volume = {42}, pages = {50--60}
}
@article{date2021,
  author = {Xu, Xin},
  title = {A BibLaTeX Date Field},
  journaltitle = {Journal of Modern Data}, date = {2021-03-15}, volume = {1}, number = {1}, pages = {1--3}
}
@article{range2000,
  author = {Young, Yara},
  title = {Page Ranges Revisited},
  journal = {Typography Quarterly}, year = {2000}, volume = {10}, pages = {321--328}
}
@article{zhang2022,
  author = {Zhang, Zhi and Wang, Wei},
  title = {Large Language Models as Annotators},
  journal = {Transactions of the Association for Computational Linguistics}, year = {2022}, volume = {10}, pages = {1--20}, doi = {10.1162/tacl_a_00001}
}
@article{abbott1995,
  author = {Abbott, Andrew},
  title = {Things of Boundaries},
  journal = {Social Research}, year = {1995}, volume = {62}, number = {4}, pages = {857--882}
}
@article{brown2004a,
  author = {Brown, Barbara and White, Walter},
  title = {Colour Terms in Language},
  journal = {Linguistics}, year = {2004}, volume = {42}, pages = {1--30}
}
@article{brown2004b,
  author = {Brown, Barbara and Black, Benny},
  title = {Colour Terms in Culture},
  journal = {Anthropology}, year = {2004}, volume = {12}, pages = {31--60}
}
@article{cole2006a,
  author = {Cole, Carl and Dunn, Dana and Ellis, Erin and Ford, Frank},
  title = {Four Authors First},
  journal = {Ecology}, year = {2006}, volume = {87}, pages = {1--10}
}
@article{cole2006b,
  author = {Cole, Carl and Dunn, Dana and Ellis, Erin and Grant, Greta},
  title = {Four Authors Second},
  journal = {Ecology}, year = {2006}, volume = {87}, pages = {11--20}
}
@book{knuth1984,
  author = {Knuth, Donald E.},
  title = {The {\TeX}book},
  publisher = {Addison-Wesley}, address = {Reading, MA}, year = {1984}
}
@book{lamport1994,
  author = {Lamport, Leslie},
  title = {{\LaTeX}: A Document Preparation System},
  edition = {2}, publisher = {Addison-Wesley}, address = {Reading, MA}, year = {1994}
}
@book{strunk2000,
  author = {Strunk, Jr., William and White, E. B.},
  title = {The Elements of Style},
  edition = {4}, publisher = {Longman}, address = {New York}, year = {2000}
}
@book{editedbook2010,
  editor = {Morgan, Mary and Nolan, Neil},
  title = {Handbook of Field Methods},
  publisher = {Sage}, address = {London}, year = {2010}
}
@book{translated1998,
  author = {Eco, Umberto},
  title = {The Name of the Rose},
  translator = {Weaver, William},
  publisher = {Harcourt}, address = {San Diego}, year = {1998}
}
@book{series2005,
  author = {Olsen, Ole},
  title = {Topics in Algebraic Geometry},
  series = {Lecture Notes in Mathematics}, volume = {1800},
  publisher = {Springer}, address = {Berlin}, year = {2005}
}
@book{corporate2018,
  author = {{American Psychological Association}},
  title = {Publication Manual of the American Psychological Association},
  edition = {6}, publisher = {APA}, address = {Washington, DC}, year = {2010}
}
@book{noyear,
  author = {Quill, Quincy},
  title = {A Book without a Date},
  publisher = {Nowhere Press}, address = {Nowhere}
}
@book{nopublisher2001,
  author = {Reed, Rachel},
  title = {Self-Published Thoughts},
  year = {2001}
}
@book{multivolume1990,
  author = {Stone, Steve},
  title = {A History of Everything},
  volume = {2}, publisher = {Oxford University Press}, address = {Oxford}, year = {1990}
}
@book{threeeds2015,
  editor = {Allen, Amy and Brooks, Ben and Cruz, Cora},
  title = {Perspectives on Urban Planning},
  edition = {3}, publisher = {Routledge}, address = {New York}, year = {2015}
}
@book{particle2002,
  author = {de Beauvoir, Simone},
  title = {The Second Sex},
  publisher = {Vintage}, address = {New York}, year = {2002}
}
@book{tolkien1954,
  author = {J. R. R. Tolkien},
  title = {The Fellowship of the Ring},
  publisher = {Allen \& Unwin}, address = {London}, year = {1954}
}
@book{dumas1844,
  author = {Alexandre Dumas},
  title = {Les trois mousquetaires},
  publisher = {Baudry}, address = {Paris}, year = {1844}, langid = {french}
}
@book{hyphen2011,
  author = {Sartre, Jean-Paul},
  title = {Being and Nothingness},
  publisher = {Washington Square Press}, address = {New York}, year = {2011}
}
@book{darwin1859,
  author = {Darwin, Charles},
  title = {On the Origin of Species by Means of Natural Selection},
  publisher = {John Murray}, address = {London}, year = {1859}
}
@incollection{chapter2008,
  author = {Ahmed, Sara},
  title = {Happy Objects},
  booktitle = {The Affect Theory Reader},
  editor = {Gregg, Melissa and Seigworth, Gregory J.},
  publisher = {Duke University Press}, address = {Durham, NC}, year = {2010}, pages = {29--51}
}
@incollection{chapter2012,
  author = {Bennett, Jane and Connolly, William},
  title = {The Crumpled Handkerchief},
  booktitle = {Time and History in Deleuze and Serres},
  editor = {Herzogenrath, Bernd},
  publisher = {Continuum}, address = {London}, year = {2012}, pages = {153--171}
}
@incollection{chapter2016,
  author = {Clark, Andy},
  title = {Embodied Prediction},
  booktitle = {Open Mind},
  editor = {Metzinger, Thomas and Windt, Jennifer M.},
  publisher = {MIND Group}, address = {Frankfurt am Main}, year = {2016}, chapter = {7}
}
@incollection{chapternoed2001,
  author = {Dewey, Donna},
  title = {A Chapter without Editors},
  booktitle = {Collected Essays on Method},
  publisher = {Beacon}, address = {Boston}, year = {2001}, pages = {5--25}
}
@inbook{inbook1999,
  author = {Ellis, Edward},
  title = {The Middle Chapter},
  booktitle = {The Whole Book},
  publisher = {Penguin}, address = {London}, year = {1999}, pages = {100--150}
}
@incollection{chapter2019,
  author = {Fischer, Frieda},
  title = {Archives and Memory},
  booktitle = {The Oxford Handbook of Memory},
  editor = {Green, Gillian and Hart, Henry and Ives, Irene and Jones, Jim},
  publisher = {Oxford University Press}, address = {Oxford}, year = {2019}, pages = {210--230}
}
@incollection{chaptertrans2003,
  author = {Foucault, Michel},
  title = {Society Must Be Defended},
  booktitle = {Lectures at the Coll{\`e}ge de France},
  editor = {Bertani, Mauro},
  translator = {Macey, David},
  publisher = {Picador}, address = {New York}, year = {2003}, pages = {1--20}
}
@inproceedings{vaswani2017,
  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, {\L}ukasz and Polosukhin, Illia},
  title = {Attention Is All You Need},
  booktitle = {Advances in Neural Information Processing Systems},
  volume = {30}, pages = {5998--6008}, year = {2017}, publisher = {Curran Associates}
}
@inproceedings{devlin2019,
  author = {Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
  title = {{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding},
  booktitle = {Proceedings of the 2019 Conference of the North {A}merican Chapter of the Association for Computational Linguistics},
  pages = {4171--4186}, year = {2019}, address = {Minneapolis, MN}, publisher = {Association for Computational Linguistics}
}
@inproceedings{conf2011,
  author = {Garcia, Gabriel and Harris, Helen},
  title = {Fast Indexing of Large Corpora},
  booktitle = {Proceedings of the International Conference on Data Engineering},
  year = {2011}, pages = {100--111}, address = {Hannover}
}
@inproceedings{conf2013,
  author = {Hughes, Hannah},
  title = {Workshop Paper on Crowdsourcing},
  booktitle = {Workshop on Human Computation},
  year = {2013}, month = aug
}
@inproceedings{conf2015,
  author = {Irwin, Isaac and Jackson, Julia and Kumar, Kiran},
  title = {Energy-Aware Scheduling},
  booktitle = {Proceedings of the ACM Symposium on Cloud Computing},
  editor = {Lee, Linda},
  publisher = {ACM}, address = {New York}, year = {2015}, pages = {12--24}, doi = {10.1145/2806777.2806778}
}
@inproceedings{conf2018,
  author = {Johnson, Jill},
  title = {Privacy in Federated Learning},
  booktitle = {Proceedings of the Privacy Enhancing Technologies Symposium},
  year = {2018}, pages = {1--18}, organization = {PETS}
}
@inproceedings{conf2020,
  author = {Khan, Kamal and Liu, Lin},
  title = {Graph Neural Networks for Traffic},
  booktitle = {Proceedings of AAAI},
  year = {2020}, volume = {34}, pages = {1234--1241}
}
@inproceedings{conf2021,
  author = {Lewis, Laura and Moore, Mark and Nash, Nora and Owens, Oscar and Price, Paula},
  title = {Benchmarking Question Answering},
  booktitle = {Findings of the Association for Computational Linguistics},
  year = {2021}, pages = {300--310}
}
@inproceedings{conf2022,
  author = {Mills, Molly},
  title = {A Single-Author Conference Paper},
  booktitle = {Proceedings of the Conference on Robot Learning},
  year = {2022}, address = {Auckland}, publisher = {PMLR}
}
@inproceedings{crossrefchild2009,
  author = {Nguyen, Nam},
  title = {Crossref Inheritance Explained},
  crossref = {proc2009},
  pages = {55--60}
}
@proceedings{proc2009,
  editor = {Ortiz, Olga},
  title = {Proceedings of the Workshop on Bibliographies},
  booktitle = {Proceedings of the Workshop on Bibliographies},
  publisher = {BibPress}, address = {Lyon}, year = {2009}
}
@phdthesis{thesis2015,
  author = {Parker, Peter},
  title = {Essays on Labor Economics},
  school = {University of Chicago}, year = {2015}
}
@phdthesis{thesis2019,
  author = {Quintero, Quila},
  title = {Deep Learning for Protein Folding},
  school = {Stanford University}, address = {Stanford, CA}, year = {2019}
}
@mastersthesis{masters2012,
  author = {Ramos, Rita},
  title = {Urban Gardens and Community},
  school = {University of Toronto}, year = {2012}
}
@mastersthesis{masters2018,
  author = {Singh, Sanjay},
  title = {Compiler Optimisations for GPUs},
  school = {ETH Z{\"u}rich}, year = {2018}
}
@thesis{thesistype2020,
  author = {Torres, Tina},
  title = {A Thesis with a Type},
  type = {Habilitation thesis},
  institution = {Universit{\"a}t Wien}, year = {2020}
}
@phdthesis{thesisurl2021,
  author = {Ueda, Umi},
  title = {Online Thesis},
  school = {Kyoto University}, year = {2021}, url = {https://example.org/thesis.pdf}
}
@techreport{report2016,
  author = {Vargas, Victor and Wood, Wendy},
  title = {Annual Survey of Broadband Use},
  institution = {Pew Research Center}, address = {Washington, DC}, year = {2016}, number = {42}
}
@techreport{report2019,
  author = {{Intergovernmental Panel on Climate Change}},
  title = {Special Report on Climate Change and Land},
  institution = {IPCC}, address = {Geneva}, year = {2019}
}
@report{report2020,
  author = {Walsh, William},
  title = {BibLaTeX Report Entry},
  institution = {RAND Corporation}, location = {Santa Monica, CA}, date = {2020}, type = {Research Report}, number = {RR-123}
}
@techreport{report2012,
  author = {Xavier, Xena},
  title = {Technical Report with Type},
  institution = {MIT}, year = {2012}, type = {Working Paper}, number = {12-3}
}
@techreport{report2008,
  author = {Yates, Yolanda and Zane, Zack},
  title = {Report without Number},
  institution = {World Bank}, address = {Washington, DC}, year = {2008}
}
@misc{misc2014,
  author = {Adler, Anna},
  title = {Slides on Causal Inference},
  howpublished = {Lecture slides}, year = {2014}
}
@misc{web2020,
  author = {Baxter, Bill},
  title = {How to Write a Blog Post},
  url = {https://example.com/blog/how-to}, year = {2020}, urldate = {2021-02-03}
}
@online{online2021,
  author = {Cohen, Clara},
  title = {Notes on Static Site Generators},
  url = {https://example.net/notes}, date = {2021-06-15}, urldate = {2021-07-01}
}
@online{online2019,
  author = {{Python Software Foundation}},
  title = {The Python Tutorial},
  url = {https://docs.python.org/3/tutorial/}, year = {2019}, urldate = {2019-12-01}
}
@misc{software2020,
  author = {Dunn, David},
  title = {sitegen: A Static Site Generator},
  year = {2020}, url = {https://github.com/example/sitegen}, note = {Version 1.0}
}
@misc{dataset2021,
  author = {Ellis, Emma},
  title = {Survey Data on Remote Work},
  year = {2021}, doi = {10.5281/zenodo.123456}
}
@misc{nodate,
  author = {Finch, Felix},
  title = {An Undated Web Page},
  url = {https://example.org/undated}
}
@online{onlinenoauthor,
  title = {Style Guide for Research Blogs},
  url = {https://example.org/style}, date = {2018-09-10}
}
@misc{anon2010,
  title = {Anonymous Pamphlet on Reform},
  year = {2010}
}
@article{arxiv2023,
  author = {Gupta, Gita and Huang, Hao},
  title = {Scaling Laws for Retrieval},
  journal = {arXiv preprint}, year = {2023}, eprint = {2301.01234}, archivePrefix = {arXiv}
}
@misc{arxiv2022,
  author = {Ibrahim, Idris},
  title = {Diffusion Models Explained},
  year = {2022}, eprint = {2204.05678}, eprinttype = {arxiv}
}
@online{arxiv2021,
  author = {Jensen, Jens and Kaur, Karan},
  title = {Prompting Strategies},
  date = {2021}, eprint = {2105.09876}, eprinttype = {arXiv}, url = {https://arxiv.org/abs/2105.09876}
}
@article{arxiv2020,
  author = {Kowalski, Krzysztof},
  title = {Preprint with a DOI},
  journal = {arXiv}, year = {2020}, doi = {10.48550/arXiv.2001.00001}
}
@unpublished{unpub2017,
  author = {Lind, Lena},
  title = {Working Draft on Inequality},
  note = {Unpublished manuscript}, year = {2017}
}
@unpublished{talk2019,
  author = {Mendez, Marco},
  title = {Keynote on Open Science},
  eventtitle = {Open Science Summit}, venue = {Berlin}, year = {2019}
}
@unpublished{unpub2022,
  author = {Nilsson, Nils},
  title = {Manuscript under Review},
  year = {2022}
}
@manual{manual2019,
  author = {{R Core Team}},
  title = {R: A Language and Environment for Statistical Computing},
  organization = {R Foundation for Statistical Computing}, address = {Vienna, Austria}, year = {2019}
}
@booklet{booklet2005,
  author = {Ortega, Omar},
  title = {Guide to Local Birds},
  howpublished = {Audubon Society}, year = {2005}
}
@collection{collection2017,
  editor = {Perez, Pilar},
  title = {Essays in Honor of a Teacher},
  publisher = {Springer}, address = {Cham}, year = {2017}
}
@article{magazine2018,
  author = {Quarles, Quinn},
  title = {The Future of Work},
  journal = {The Atlantic}, year = {2018}, month = may, entrysubtype = {magazine}
}
@article{newspaper2019,
  author = {Reyes, Ramon},
  title = {City Council Approves Budget},
  journaltitle = {The New York Times}, date = {2019-04-02}, entrysubtype = {newspaper}
}
@article{issue2010,
  author = {Sousa, Sofia},
  title = {Issue without Volume},
  journal = {Quarterly Notes}, year = {2010}, number = {3}, pages = {5--7}
}
@article{longtitle2016,
  author = {Tanaka, Takeshi and Ueno, Umeko},
  title = {An Extremely Long Title about the Interplay of Monetary Policy, Fiscal Policy, and the Expectations of Households in Small Open Economies},
  journal = {Journal of Monetary Economics}, year = {2016}, volume = {80}, pages = {1--25}
}
@article{question2013,
  author = {Vega, Valeria},
  title = {Is Economics a Science?},
  journal = {Philosophy of Science}, year = {2013}, volume = {80}, pages = {600--620}
}
@article{quoted2011,
  author = {Wu, Wen},
  title = {Rethinking ``Efficiency'' in Markets},
  journal = {Economic Inquiry}, year = {2011}, volume = {49}, pages = {10--30}
}
@article{circa2000,
  author = {Xiao, Xia},
  title = {Approximate Dating of Manuscripts},
  journal = {Manuscript Studies}, date = {2000~}, volume = {1}
}
@article{pages2002,
  author = {Yilmaz, Yusuf},
  title = {Single Page Article},
  journal = {Letters in Applied Physics}, year = {2002}, volume = {80}, pages = {1234}
}
@book{edbook2004,
  author = {Zimmer, Zoe},
  editor = {Abel, Adam},
  title = {Collected Letters},
  publisher = {Faber}, address = {London}, year = {2004}
}
@article{ampersand2014,
  author = {Avery, Ann and Bell, Bruce},
  title = {Teaching R \& Python},
  journal = {Journal of Statistics Education}, year = {2014}, volume = {22}, number = {3}
}
@book{twovol2007,
  author = {Bishop, Christopher M.},
  title = {Pattern Recognition and Machine Learning},
  publisher = {Springer}, address = {New York}, year = {2006}
}
@article{greek2018,
  author = {Papadopoulos, Giorgos},
  title = {The {$\beta$}-Coefficient in Finance},
  journal = {Quantitative Finance}, year = {2018}, volume = {18}, pages = {1--9}
}
@article{hyphenated2019,
  author = {Smith-Jones, Alexandra and Lee-Park, Min-Ji},
  title = {Hyphenated Surnames in Databases},
  journal = {Data Quality Journal}, year = {2019}, volume = {3}, pages = {44--50}
}
@article{initials2013,
  author = {J.G. Ballard and A.B. Cole},
  title = {Initials without Spaces},
  journal = {Names}, year = {2013}, volume = {61}, pages = {1--3}
}
@article{suffix2015,
  author = {Gates III, William H. and Allen, Paul},
  title = {Suffixes in Author Names},
  journal = {Names}, year = {2015}, volume = {63}, pages = {4--6}
}
@book{edtrans2012,
  author = {Tolstoy, Leo},
  editor = {Bartlett, Rosamund},
  translator = {Pevear, Richard and Volokhonsky, Larissa},
  title = {Anna Karenina},
  edition = {3}, series = {World Classics}, number = {12},
  publisher = {Oxford University Press}, address = {Oxford}, year = {2012}
}
@article{issuemonth2017,
  author = {Abara, Ada},
  title = {Issue and Month Together},
  journal = {Monthly Review}, year = {2017}, month = mar, volume = {68}, number = {10}, pages = {5--15}
}
@article{others2016,
  author = {Bauer, Bernd and others},
  title = {An Author List Ending in Others},
  journal = {Physics Letters B}, year = {2016}, volume = {755}, pages = {1--8}
}
@video{film1982,
  author = {Scott, Ridley},
  title = {Blade Runner},
  publisher = {Warner Bros.}, year = {1982}
}
@patent{patent2015,
  author = {Carver, Carla},
  title = {Method for Folding Paper},
  number = {9000001}, year = {2015}
}
@dataset{data2020,
  author = {Dale, Dorothy},
  title = {Global Temperature Records},
  publisher = {Zenodo}, year = {2020}, doi = {10.5281/zenodo.999}
}
@software{code2021,
  author = {Erikson, Erik},
  title = {fastbib: Bibliography Tools},
  version = {2.1}, year = {2021}, url = {https://example.org/fastbib}
}
@inreference{encyc2008,
  author = {Faraday, Fay},
  title = {Electromagnetism},
  booktitle = {The Encyclopedia of Physics},
  publisher = {Elsevier}, address = {Amsterdam}, year = {2008}, pages = {300--305}
}
@article{elocator2018,
  author = {Gomez, Gabriela},
  title = {Open Access Publishing},
  journal = {PLOS ONE}, year = {2018}, volume = {13}, number = {4}, pages = {e0195000}, doi = {10.1371/journal.pone.0195000}
}
@book{mvbook2011,
  author = {Herodotus},
  title = {The Persian Wars},
  maintitle = {Histories},
  volume = {2}, publisher = {Loeb}, address = {Cambridge, MA}, year = {2011}
}
@book{revised2013,
  author = {Ingram, Ian},
  title = {Revised Editions Explained},
  edition = {Revised}, publisher = {Norton}, address = {New York}, year = {2013}
}
@article{firstvon1998,
  author = {Ludwig van Beethoven and {\'E}mile Zola and Jean de La Fontaine},
  title = {Three Ways to Write a Name},
  journal = {Names}, year = {1998}, volume = {46}, pages = {7--9}
}
@online{urlchars2022,
  author = {Jovanovic, Jana},
  title = {A Page with an Odd Address},
  url = {https://example.org/~jana/page_1%20two?x=1&y=2}, date = {2022-01-05}
}
@thesis{mathesis2016,
  author = {Klein, Karl},
  title = {A BibLaTeX Master's Thesis},
  type = {mathesis}, institution = {Universit{\"a}t Bonn}, date = {2016}
}
@article{daterange2019,
  author = {Lorenz, Lisa},
  title = {A Date Range},
  journaltitle = {Annual Notes}, date = {2019/2020}, volume = {5}
}
"""#
}
