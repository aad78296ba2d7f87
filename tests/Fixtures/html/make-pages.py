#!/usr/bin/env python3
"""Generates a realistic, boilerplate-laden web page around each fixture article.

Usage: python3 tests/Fixtures/html/make-pages.py   (from the repository root; writes tests/Fixtures/html/<fixture>.html)

Every page wraps the fixture's article (its Markdown-ish text converted to HTML: title in <h1>, "## " headings,
**bold**, *italic*, paragraphs; the short lines under the title become the byline and date) in the furniture of a
news site: cookie banner, site header and navigation, share buttons, tags, newsletter box, comments, a sidebar with
a most-read list and an advert, and a footer. The furniture uses invented words (listed in BOILERPLATE_WORDS and
asserted absent by the tests) so that any leak of boilerplate into the extracted text is detectable.
"""
import glob
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)

# Words that occur only in the furniture; tests assert none of them reaches the article text.
BOILERPLATE_WORDS = [
    "Zephyrine", "Crumbleflax", "Quorvex", "Blimtrade", "Plinkbook", "Tweetlark", "Tagzorbit", "Glimmerpost",
    "Commentovia", "Yarrowmint", "Frobnicating", "Snorkelwhip", "Vendoplux", "Vantaclue", "Quillstone", "Dribblefen",
]

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}


def inline(text):
    text = html.escape(text.replace("\\$", "$"), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", text)
    return text


def iso_date(text):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if m:
        return text
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def convert(text):
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    title = paragraphs[0].strip().lstrip("#").strip()
    rest = paragraphs[1:]
    byline, date, extra = None, None, []
    while rest and len(rest[0].strip()) < 40 and not rest[0].strip().endswith("."):
        line = rest.pop(0).strip()
        if iso_date(line) and date is None:
            date = line
        elif re.search(r"\d", line):
            extra.append(line)
        elif byline is None:
            byline = line
        else:
            extra.append(line)
    body = []
    for p in rest:
        stripped = p.strip()
        heading = re.match(r"^(#{2,6})\s+(.*)$", stripped)
        if heading:
            level = len(heading.group(1))
            body.append("<h%d>%s</h%d>" % (level, inline(heading.group(2).strip()), level))
            continue
        lines = [inline(line.rstrip()) for line in p.split("\n")]
        body.append("<p>%s</p>" % "<br>\n".join(line.strip() for line in lines if line.strip()))
    return title, byline, date, extra, body


def page(title, byline, date, extra, body):
    iso = iso_date(date) if date else None
    head_meta = ['<meta charset="utf-8">',
                 '<meta name="viewport" content="width=device-width, initial-scale=1">',
                 '<title>%s | Zephyrine Courier</title>' % html.escape(title),
                 '<meta property="og:site_name" content="Zephyrine Courier">',
                 '<meta property="og:title" content="%s">' % html.escape(title),
                 '<meta property="og:type" content="article">',
                 '<link rel="stylesheet" href="/static/zephyrine.css">',
                 '<script src="/static/tracker.js"></script>',
                 '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "Dribblefen"});</script>']
    if iso:
        head_meta.append('<meta property="article:published_time" content="%sT08:00:00+00:00">' % iso)
    if byline:
        head_meta.append('<meta name="author" content="%s">' % html.escape(byline))
    header_bits = ['<h1 class="headline">%s</h1>' % html.escape(title)]
    if byline:
        header_bits.append('<p class="byline">By <a rel="author" href="/authors/%s">%s</a></p>'
                           % (re.sub(r"\W+", "-", byline.lower()), html.escape(byline)))
    if date:
        header_bits.append('<time class="published" datetime="%s">%s</time>' % (iso or "", html.escape(date)))
    for e in extra:
        header_bits.append('<span class="reading-time">%s</span>' % html.escape(e))
    nav = "\n".join('        <li><a href="/%s">%s</a></li>' % (s.lower(), s) for s in
                    ["World", "Quorvex Politics", "Blimtrade Business", "Science", "Culture", "Opinion", "Podcasts"])
    most_read = "\n".join('        <li><a href="/story/%d">%s</a></li>' % (i, t) for i, t in enumerate([
        "Snorkelwhip prices surge as markets reopen",
        "Ten Dribblefen recipes for a rainy weekend",
        "Why the Quorvex league final was postponed",
        "Inside the Vendoplux factory that never sleeps",
        "Blimtrade shares tumble after surprise results"], 1))
    comments = "\n".join(
        '      <div class="comment"><p class="comment-author">%s</p><p>%s</p><a class="reply" href="#">Reply</a></div>' % c for c in [
            ("Yarrowmint", "Great piece, thanks. Frobnicating analysis as always, although I would have liked more on the economy, the refugees and the aftermath."),
            ("Quillstone_88", "I have been reading the Zephyrine Courier for years, and this is why. Keep it up."),
            ("Snorkelwhip", "Does anyone know where the Commentovia guidelines went? My last comment vanished, again.")])
    return """<!DOCTYPE html>
<html lang="en">
<head>
  %s
</head>
<body class="article-page">
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>We use Crumbleflax cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.</p>
    <button class="accept">Accept all Crumbleflax cookies</button> <a href="/privacy">Manage preferences</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Zephyrine Courier</a>
    <nav class="main-nav">
      <ul>
%s
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search Zephyrine"><button>Go</button></form>
  </header>
  <div class="page-wrapper">
    <main id="main-content">
      <article class="story">
        <header class="story-header">
          %s
        </header>
        <div class="share-tools">
          <a class="share" href="https://plinkbook.example/share">Share on Plinkbook</a>
          <a class="share" href="https://tweetlark.example/intent">Tweetlark this</a>
          <a class="share" href="mailto:?subject=Zephyrine">Email</a>
        </div>
        <div class="story-body">
%s
        </div>
        <div class="story-tags">
          <span>Tagzorbit topics:</span>
          <ul class="tags">
            <li><a href="/tag/quorvex">Quorvex</a></li>
            <li><a href="/tag/caucasus">Tagzorbit Caucasus</a></li>
            <li><a href="/tag/war">Tagzorbit War</a></li>
          </ul>
        </div>
        <div class="newsletter-box">
          <h3>Get the Glimmerpost newsletter</h3>
          <p>Sign up for the Glimmerpost, our morning briefing, delivered before breakfast.</p>
          <form action="/subscribe"><input type="email" name="email" placeholder="you@example.com"><button>Subscribe to Glimmerpost</button></form>
        </div>
      </article>
      <section id="comments" class="comments">
        <h2>Commentovia: 3 comments</h2>
%s
      </section>
    </main>
    <aside class="sidebar">
      <div class="most-read">
        <h2>Most read on Zephyrine</h2>
        <ol>
%s
        </ol>
      </div>
      <div class="ad-slot">Advertisement: Vendoplux, the smarter way to Blimtrade.</div>
    </aside>
  </div>
  <footer class="site-footer">
    <p>&copy; 2024 Vantaclue Media Group. All rights reserved.</p>
    <ul>
      <li><a href="/about">About Zephyrine</a></li>
      <li><a href="/privacy">Quillstone privacy policy</a></li>
      <li><a href="/contact">Contact Vantaclue</a></li>
    </ul>
  </footer>
  <script>document.querySelectorAll('.share').forEach(function (a) { a.dataset.zephyrine = 'Snorkelwhip'; });</script>
</body>
</html>
""" % ("\n  ".join(head_meta), nav, "\n          ".join(header_bits), "\n".join("          " + b for b in body), comments, most_read)


def main():
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        out = os.path.join(HERE, os.path.splitext(os.path.basename(path))[0] + ".html")
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(page(*convert(text)))
        print(out)


if __name__ == "__main__":
    main()
