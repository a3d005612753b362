/// The HTML audit's style sheet, inlined in the document: readable on screen, and printed on A4, portrait for the
/// summary and the findings, landscape for the diagram, the checklist and the coverage tables (named pages), each
/// section starting on a new page, rows and findings kept whole. Status and severity are shown in words as well as
/// colour, so the report reads in greyscale.
enum AuditStyle {
    static let css = """
        :root { --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0; --soft: #f7fafc; --accent: #2b6cb0;
          --ok: #22543d; --ok-bg: #e6f4ea; --warn: #744210; --warn-bg: #fefcbf; --bad: #822727; --bad-bg: #fde8e8;
          --info: #2a4365; --info-bg: #e6f0fb; --none: #4a5568; --none-bg: #edf2f7; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: #fff;
          font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; overflow-wrap: break-word; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .4rem; }
        h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
        p { margin: .4rem 0; }
        a { color: var(--accent); }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .86em; background: var(--none-bg);
          padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
        .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .78rem; color: var(--muted); margin: 0; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .8rem 0 0; }
        .facts dt { font-weight: 600; color: var(--muted); }
        .facts dd { margin: 0; }
        .facts ul { margin: 0; padding-left: 1.1rem; }
        .banner { border: 2px solid var(--bad); background: var(--bad-bg); color: var(--bad); padding: .7rem 1rem;
          border-radius: .4rem; margin: 1rem 0; font-weight: 600; }
        .summary { border: 1px solid var(--line); border-left: 8px solid var(--muted); background: var(--soft);
          padding: .8rem 1.1rem; border-radius: .4rem; margin: 1.2rem 0; }
        .summary.ready { border-left-color: var(--ok); }
        .summary.needs-work { border-left-color: var(--bad); }
        .verdict { font-size: 1.3rem; font-weight: 700; margin: 0 0 .3rem; }
        .summary.ready .verdict { color: var(--ok); }
        .summary.needs-work .verdict { color: var(--bad); }
        .figures { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; margin: .3rem 0; padding: 0; list-style: none; }
        .figures strong { font-size: 1.15rem; }
        .rule { color: var(--muted); font-size: .88rem; }
        nav.contents ol { columns: 2; margin: .3rem 0; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--none-bg); }
        thead code { overflow-wrap: normal; }
        table.compact { width: auto; min-width: 50%; }
        tbody th { font-weight: normal; }
        td.mark { text-align: center; font-weight: 700; color: var(--ok); }
        td.num, th.num { text-align: right; }
        .status { display: inline-block; padding: .05rem .45rem; border-radius: .25rem; font-weight: 700;
          font-size: .82rem; white-space: nowrap; border: 1px solid currentColor; }
        .status-evidenced { color: var(--ok); background: var(--ok-bg); }
        .status-attention { color: var(--bad); background: var(--bad-bg); }
        .status-answered { color: var(--info); background: var(--info-bg); }
        .status-not-answered { color: var(--none); background: var(--none-bg); }
        .checklist .condition { font-weight: 600; }
        .checklist col.c-num { width: 2.2rem; }
        .checklist col.c-condition { width: 22%; }
        .checklist col.c-answer { width: 16%; }
        .checklist col.c-status { width: 28%; }
        .glance table { width: auto; min-width: 60%; font-size: .88rem; margin-bottom: .2rem; background: #fff; }
        .glance th, .glance td { padding: .2rem .5rem; }
        .checklist .row-id { display: block; margin-top: .25rem; font-weight: normal; }
        .checklist ul { margin: .3rem 0 0; padding-left: 1.1rem; }
        .answers { margin: 0; }
        .answers dt { font-weight: 600; font-size: .8rem; color: var(--muted); margin-top: .25rem; }
        .answers dd { margin: 0; }
        .missing { color: var(--muted); font-style: italic; }
        .source { color: var(--muted); font-size: .85rem; }
        .findings { list-style: none; padding: 0; margin: 0; }
        .finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: .3rem;
          padding: .5rem .8rem; margin: .5rem 0; }
        .finding.error { border-left-color: var(--bad); }
        .finding.warning { border-left-color: #b7791f; }
        .finding.info { border-left-color: var(--info); }
        .finding:target { outline: 3px solid var(--accent); }
        .finding .where { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .82rem; color: var(--muted); }
        .finding .message { font-weight: 600; margin: .2rem 0; }
        .finding pre { margin: .3rem 0; padding: .3rem .5rem; background: var(--soft); border-radius: .25rem;
          white-space: pre-wrap; overflow-wrap: anywhere; font-size: .82rem; }
        .finding .hint::before { content: "Hint: "; font-weight: 700; }
        .finding .evidence { font-size: .85rem; color: var(--muted); }
        .severity { font-weight: 700; text-transform: uppercase; font-size: .75rem; letter-spacing: .04em; }
        figure.diagram { margin: .5rem 0; }
        figure.diagram svg { display: block; width: 100%; height: auto; max-height: 150vh; }
        figure.diagram a:focus, figure.diagram a:hover { outline: 2px solid var(--accent); }
        figcaption { color: var(--muted); font-size: .88rem; margin-top: .3rem; }
        .outline { columns: 3 16rem; column-gap: 1.5rem; font-size: .88rem; }
        .outline h4 { font-size: .95rem; margin: .6rem 0 .2rem; break-after: avoid; }
        .outline ul { margin: 0 0 .6rem; padding-left: 1.1rem; }
        .outline li { break-inside: avoid; }
        footer { margin-top: 2.5rem; color: var(--muted); font-size: .82rem; border-top: 1px solid var(--line); padding-top: .6rem; }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @page wide { size: A4 landscape; margin: 10mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          nav.contents { display: none; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          section.diagram, section.checklist, section.coverage { page: wide; break-before: page; }
          section.findings-section { break-before: page; }
          section.diagram h2 { margin-top: 0; }
          figure.diagram svg { max-height: 148mm; }
          tr, .finding, .summary, figure.diagram, .banner { break-inside: avoid; }
          thead { display: table-header-group; }
          caption, thead, thead tr { break-after: avoid; }
          .table-wrap { overflow: visible; }
          td { overflow-wrap: break-word; }
        }
        """
}
