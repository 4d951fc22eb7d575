"""The public "ledig mark" site: a static, bilingual folder of pages from the register.

``run.publish_site`` writes it (Qt-free; the prospectus PDFs come from a writer the
caller passes in). ``gather`` decides what may go out, ``markup`` escapes, ``layout``
frames each page, ``pages`` fills them, ``mapdata`` and ``structured`` are the data
for the map script and for search engines, ``folder`` guards and swaps the folder.
See docs/publish.md.
"""
