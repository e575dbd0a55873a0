/// Fixture texts written for these tests: one article told three times in other words (the shape of generated
/// "rewritten" posts), and genuine posts that must stay clean.
enum Articles {
    /// Version one of an article on a made-up cache design, "tidal caching".
    static let tidalV1 = """
    Tidal caching keeps hot records in a small ring buffer that drains toward cold storage on a fixed schedule. \
    The Morrow buffer sits between the request router and the disk tier, and every write lands there first. \
    When the buffer fills past its high-water mark, the drain task flushes the oldest pages to the archive \
    volume in one sequential sweep. Reads check the ring before touching the disk, so recently written keys \
    come back without a seek. The design trades a little memory for far fewer random writes, which matters \
    on spinning disks and on flash with poor write endurance. Operators tune two numbers: the ring size and \
    the drain interval. A ring that is too small drains constantly and loses its benefit, while a drain \
    interval that is too long lets bursts overflow into synchronous writes. In our benchmarks the Morrow \
    buffer cut tail latency for write-heavy workloads by roughly a third, and the archive volume saw \
    sequential traffic almost exclusively.
    """

    /// Version two: the same article, new sentences.
    static let tidalV2 = """
    At its core, tidal caching places frequently used records in a compact ring buffer which is emptied \
    into cold storage at regular intervals. Every write goes first to the Morrow buffer, positioned between \
    the request router and the disk tier. Once the ring crosses the high-water mark, a drain task moves the \
    oldest pages into the archive volume as a single sequential sweep. Because reads consult the ring before \
    the disk, keys that were written recently return without any seek at all. The approach spends some \
    memory to avoid many random writes, a real gain on spinning disks and on flash devices with limited \
    write endurance. Two settings matter for operators: how large the ring is and how often the drain runs. \
    Too small a ring means the drain never stops and the benefit disappears; too long a drain interval lets \
    write bursts spill into synchronous writes. Benchmarks showed the Morrow buffer lowering tail latency \
    on write-heavy loads by about a third, with nearly all archive volume traffic being sequential.
    """

    /// Version three: the same article again.
    static let tidalV3 = """
    Consider how tidal caching works: hot records live in a small ring buffer, and that buffer is drained \
    to cold storage on a schedule. The Morrow buffer is the first stop for each write, sitting in front of \
    the disk tier and behind the request router. Past the high-water mark the drain task sweeps the oldest \
    pages out to the archive volume sequentially. Reads look in the ring first, so a recently written key is \
    served with no disk seek. Memory is exchanged for a large drop in random writes, helpful both for \
    spinning disks and for flash whose write endurance is poor. Tuning comes down to the ring size and the \
    drain interval. If the ring is undersized the drain runs without pause and the advantage is lost; if the \
    drain interval is too long, bursts overflow and become synchronous writes. Measured on write-heavy \
    workloads, the Morrow buffer reduced tail latency by around one third, and traffic to the archive volume \
    was almost entirely sequential.
    """

    /// A genuine post: one topic (sourdough), many sections that each say something different.
    static let sourdough = """
    # Notes from a year of sourdough

    ## Keeping a starter alive

    My starter lives in the fridge between bakes. I feed it equal weights of flour and water, leave it on the \
    counter for a few hours, and put it back once it has risen by half. Rye flour makes it livelier than white \
    flour, and a starter fed only white flour turned sluggish within a month. The jar matters less than people \
    claim; any straight-sided glass lets you see how far it has climbed since the last feeding.

    ## Choosing flour

    Protein content decides how much water a dough can hold. The strong bread flour I buy sits near thirteen \
    percent protein and takes water generously, while the local stone-ground wheat is weaker and tears if I \
    push the hydration. Whole grain flours drink more water but cut the gluten with bran, so I rarely go above \
    a third whole wheat in a loaf I want to rise tall.

    ## Mixing and autolyse

    I mix flour and most of the water first and leave them alone for forty minutes. That rest lets the flour \
    hydrate fully, and the dough becomes smooth with far less kneading. Salt and starter go in afterwards, \
    with a splash of the reserved water to help them disperse. Skipping the rest saves time but the crumb comes \
    out tighter and the dough fights back during shaping.

    ## Bulk fermentation

    Temperature sets the pace more than anything else. At a warm kitchen temperature bulk takes about four \
    hours; in winter it can stretch past seven. I stop when the dough has grown by roughly half, domes at the \
    edges and jiggles when the bowl is shaken. Watching the dough instead of the clock was the single change \
    that improved my loaves most.

    ## Shaping

    A gentle pre-shape followed by twenty minutes of bench rest makes the final shape easier. I build tension \
    by dragging the round toward me on an unfloured patch of counter, then flip it seam side up into a banneton \
    dusted with rice flour. Too much flour on the counter and the dough slides instead of tightening.

    ## Scoring and baking

    A single confident slash at a shallow angle gives the classic ear. I bake in a preheated cast iron pot, \
    lid on for twenty minutes to trap steam, then lid off until the crust turns deep brown. Pulling the loaf \
    early leaves a pale, soft crust that goes leathery overnight.

    ## Troubleshooting dense loaves

    Dense crumb almost always meant under-fermentation in my case. A cold kitchen, a sluggish starter or \
    impatience all lead to the same brick. Large irregular holes under a flat top pointed the other way, to a \
    dough that fermented too long and lost its strength before it reached the oven.
    """
}
