"""What a document rests on and what it replaces: 根据《A》制定《B》, 为贯彻落实《A》…特制定本方案 in the
text a notice hands out (关于印发《X》的通知), 印发《B》同时废止《C》, and a page's 发布机构 field; and who
published a policy it released (国家数据局发布《…》)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Relation, Sentence
from .named import CLAUSE_BREAK, Named, listed_before, make_relation
from .segment import clause_start, sentence_at


#: Between two cited documents of a list: a document number in brackets, then 、/和/及.
LISTED_AFTER = re.compile(r"(?:[(（][^()（）]{1,24}[)）])?[ \u3000]*(?:、|和|及|以及|)[ \u3000]*")   # (《A》 《B》: a page's space)
BASIS_WORDS = re.compile(r"(根据|依据|依照|按照|遵照|对照|贯彻|落实|贯彻落实|深入贯彻|认真落实|为落实|为贯彻落实|(?:深入|全面|认真|加快推进|推进)实施)$")
#: 参照 opening a clause of the page's own (…文件精神，参照《C》，结合本区实际): what it follows; after a subject
#: (要求各地参照《…》, 各区参照《…》出台细则) it tells others what to follow.
OWN_REFERENCE = re.compile(r"(?:^|[，,；;。])\s*参照$")
#: A basis word further before the title: who issued it (根据市政府办公厅印发的《A》), or other things it
#: rests on listed first (为贯彻落实全省…会议精神及《A》).
ISSUERS_CITED = r"(?:国务院办公厅|国务院|中共中央办公厅|中共中央|党中央|省委|省政府办公厅|省人民政府办公厅|省政府|省人民政府|省厅)"
BASIS_LEAD = re.compile(r"(根据|依据|按照|对照|为贯彻落实|为落实|全面落实|全面贯彻落实|认真落实|认真贯彻落实|深入贯彻落实|加快落实)"
                        r"(?:[^，。；《》]{0,16}(?:印发|发布|出台|下发|颁布)的|"
                        r"[^，。；《》]{0,24}(?:精神|部署|要求)(?:及|和|、|以及)|"
                        rf"{ISSUERS_CITED}(?:[、和]{ISSUERS_CITED})*|"
                        r"[^，。；《》]{0,12}?(?:部门|部委|部|厅|局|委员会|委|政府|办公厅))[“]?$")
#   (贯彻落实国务院《A》; 全面落实党中央、国务院《A》; 根据国家及省十部门《A》, 按照人力资源社会保障部《A》)
#: Between cited bases, an issuer may stand before the next title: 《A》(国发〔2015〕50号)、国务院办公厅《B》和
#: 国家发展改革委、工业和信息化部联合下发的《C》.
LISTED_WITH_ISSUER = re.compile(r"(?:[(（][^()（）]{1,24}[)）])?[ \u3000]*(?:、|和|及|以及)[^，。；《》]{0,36}?(?:联合)?(?:下发|印发|发布|出台)?的?")


#: A page's field naming who issued or published the document it holds: 发布机构：…, 发文单位 | …, 发文机关 区政府办公室
#: in a table copied as text.
ISSUER_FIELD = re.compile(r"^[•·\s]*(发布机构|发布单位|发文机关|发文单位|编制单位|出品单位|发布部门)(?:\s*[:：|｜]\s*|\s+)")


#: A decree's header line: the government whose decree it is (河北省人民政府令 〔2022〕第7号).
DECREE_HEADER = re.compile(r"^\s*[\u4e00-\u9fff]{2,20}?人民政府令\s*(?:[〔\[［(（]\s*\d{4}\s*[〕\]］)）])?\s*"
                           r"(?:[(（]?\s*第\s*[\d一二三四五六七八九十百]+\s*号\s*[)）]?)?\s*$")   # (the whole line; not
#   浙江省人民政府令第400号公布以来，…: running text)


def field_issuer(text: str, s: Sentence, named: list[Named]) -> Named | None:
    """The body a page's issuer field names (• 发布机构：中央党校(国家行政学院)电子政务研究中心), if ``s`` is one,
    or the government whose decree the page opens on (河北省人民政府令〔2022〕第7号)."""
    if DECREE_HEADER.match(s.text):
        return next((n for n in named if n.type == "Agency" and n.text.endswith("人民政府")
                     and text[s.start:n.start].strip() == ""), None)
    field = ISSUER_FIELD.match(s.text)
    if field is None:
        return None
    body = next((n for n in named if n.type in ("Agency", "Organization") and n.start >= s.start + field.end()), None)
    return body if body is not None and re.fullmatch(r"[\s|｜]*", text[s.start + field.end():body.start]) else None


def issuer_field(document: Named, body: Named, s: Sentence) -> Relation:
    """The document a page holds, published (a report) or issued (a policy) by the body its field names,
    whether the field stands under the title or in the table above it (发文机关 区政府办公室)."""
    relation = "publishedBy" if document.type == "Report" else "issuedBy"
    return make_relation(relation, document.key, body.key, s, body.start, body.end, 0.8, "issuer-field")


def issuer_before_title(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """国务院办公厅《关于印发…的通知》（国办发〔2017〕47号）和《关于…的意见》: the body written right
    before titles that do not name their own issuer (关于…) issued each of them, and the policy right
    after it whatever its title (国务院《促进大数据发展行动纲要》); bodies listed before that body issued
    them with it (中共中央办公厅、国务院办公厅《关于…的意见》)."""
    out = []
    for i, a in enumerate(named):
        if a.type == "Region" and a.text.endswith(FULL_PLACE_ENDINGS) and ISSUING_BEFORE_PLACE.search(text, s.start, a.start) \
                and not any(n.type == "Agency" and clause_start(text, a.start, "，。；", s.start) <= n.start < a.start for n in named):
            out += _place_before_titles(text, s, named, i)
            continue
        if a.type not in ("Agency", "Organization"):
            continue
        listed: list[Named] = []
        for t in named[i + 1:]:
            gap = text[(listed[-1] if listed else a).end:t.start]
            right_after = re.fullmatch(r"的?《?", gap) if not listed else LISTED_AFTER.fullmatch(gap.rstrip("《"))
            if t.type not in ("Policy", "Report") or not right_after or (a.type == "Organization" and t.type != "Report"):
                break       # (a company's or a bank's report, 世界银行《全球营商环境报告》; a policy is a government's)
            listed.append(t)
        for k, t in enumerate(listed):
            if t.text.strip("《》").startswith("关于") or k == 0:
                # (国务院《促进大数据发展行动纲要》: the title right after the body is its; one listed later that
                # names no issuer of its own, 关于…, is too, but 《福州市…实施方案》 after it is the city's)
                relation = "publishedBy" if t.type == "Report" else "issuedBy"
                for issuer in [*listed_before(text, named, a.start, "Agency", ISSUERS_GAP), a]:   # (中办、国办《…》: both)
                    out.append(make_relation(relation, t.key, issuer.key, s, issuer.start, t.end, 0.75, "issuer-before-title"))
    return out


#: A verb of issuing right before a place's name (印发了甘肃省《…》), a basis word, or a title it is listed after
#: (根据《A》和乌鲁木齐市《B》): the place issued what follows; a place before a title elsewhere may be where it
#: applies (广东省《深圳经济特区数据条例》施行, 学习浙江省《…》).
ISSUING_BEFORE_PLACE = re.compile(r"(?:印发|出台|制定|颁布|发布)了?$|(?:根据|依据|按照|对照)$|"
                                  r"》(?:[（(][^（()）]{0,30}[)）])?[和、及]$")   # (根据《A》和乌鲁木齐市《B》)
#: The endings of a place's full name, which may stand before the titles it issued (甘肃省《…规范》).
FULL_PLACE_ENDINGS = ("省", "市", "自治区", "县", "区", "州", "盟", "旗")


def _place_before_titles(text: str, s: Sentence, named: list[Named], i: int) -> list[Relation]:
    """印发了甘肃省《政务服务中心管理规范》、《…服务质量规范》: a place's full name written right before
    policies' titles issued each of them (not a report, which a place does not publish; not a title that
    opens on another place's name)."""
    place, out, end = named[i], [], named[i].end
    for t in named[i + 1:]:
        gap = text[end:t.start]
        quoted = gap.endswith("《") or text.startswith("《", t.start)
        if t.type != "Policy" or not quoted or not (re.fullmatch(r"《?", gap) if end == place.end
                                                    else LISTED_AFTER.fullmatch(gap.rstrip("《"))):
            break
        opening = re.match(r"《?([\u4e00-\u9fff]{2,4}?(?:省|市|自治区|县|区))", t.text)
        if opening is None or opening.group(1) == place.text:
            out.append(make_relation("issuedBy", t.key, place.key, s, place.start, t.end, 0.7, "place-before-title"))
        end = t.end
    return out


#: Between bodies issuing one document together: 、/和/与, or the space of an official heading
#: (中共中央办公厅 国务院办公厅《…》).
ISSUERS_GAP = re.compile(r"\s*(?:、|和|及|与|\s)\s*")


#: A notice handing out the document the page holds: 关于印发《X》的通知, 现将《X》印发给你们, 《X》…现印发给你们.
ISSUES_HERE = re.compile(r"(关于印发|现将|^)[“]?《[^《》]+》[^。《》]{0,24}?(的通知|现印发给你们|印发给你们)")
#: The document's own text saying it was made: …，特制定本方案 / 制定本工作要点.
MADE_HERE = re.compile(r"(制定|制订|编制|形成|出台|印发)(了)?本(实施方案|工作方案|方案|工作要点|要点|办法|意见|细则|规定|行动计划|计划|措施|规划|指南)"
                       r"|现(?:就|将)[^。；]{0,16}?通知如下"      # (a notice's own words: 现就有关工作要求通知如下)
                       r"|现提出[^。；]{0,24}?(?:工作要点|要点|实施方案|方案|意见|措施|办法|计划)[^。；]{0,6}?如下"
                       r"|(?:现提出|制定|制订)如下(?:实施意见|意见|措施|若干措施|工作措施|实施方案|工作方案|方案)")   # (…结合本市实际，现提出如下实施意见)
#   (现提出2019年本区…工作要点安排如下, …制定如下实施方案; not 现提出如下整改要求, a bulletin's demands)


#: How a policy's first paragraph opens: 为深入贯彻落实《A》, 为全面落实, 为进一步贯彻.
PURPOSE_OPENING = re.compile(r"^\s*为(?:了)?(?:深入|全面|认真|进一步|更好)*(?:贯彻落实|贯彻|落实)|"
                             r"^\s*要[^。；《》]{0,24}?[，,、](?:深入|全面|认真|进一步)*(?:贯彻落实|落实)《")
#   (a year's work points open on what they carry out: 要完整、准确、全面贯彻新发展理念，深入落实《A》和《B》)


def issued_here(text: str, s: Sentence, named: list[Named]) -> Named | None:
    """The document a notice hands out (关于印发《X》的通知; 《X》已经…同意，现印发给你们): the text
    that follows is X's own."""
    m = ISSUES_HERE.search(s.text)
    if m is None:
        return None
    return next((n for n in named if n.type == "Policy" and s.start + m.start() <= n.start < s.start + m.end()), None)


def based_on(text: str, s: Sentence, named: list[Named], document: Named | None = None,
             first_paragraph: bool = False) -> list[Relation]:
    """根据《A》《B》…制定《C》, 为贯彻落实《A》…制定本方案, or 《C》…根据《A》: C is based on A (and B).
    With no other document in the sentence, 根据《A》要求，…开展… in the text of a document whose title
    heads it (``document``) is that document's basis; so is 为深入贯彻落实《A》… when it opens the
    document's ``first_paragraph`` (the formula a policy opens on, even where a page cuts the
    sentence before its 制定本方案)."""
    opens_document = first_paragraph and bool(PURPOSE_OPENING.match(s.text))
    out = []
    official = document is not None and (document.type == "Policy" or document.text.endswith("通报"))
    if official and document not in named:
        named = [document] + named
    policies = [n for n in named if n.type == "Policy" or (official and n.key == document.key)]   # (a bulletin too)
    for i, a in enumerate(policies):
        before = text[max(s.start, a.start - 8):a.start].rstrip(" \u3000\xa0\t\r\n")   # (为深入贯彻落实 《A》: a PDF's space)
        lead = BASIS_LEAD.search(text, s.start, a.start)     # 根据市政府办公厅印发的《A》; 为贯彻落实…精神及《A》
        if lead:
            before = lead.group(1)
        if not BASIS_WORDS.search(before) and not OWN_REFERENCE.search(text[s.start:a.start].rstrip(" \u3000\xa0")):
            continue
        basis = [a]
        for p in policies[i + 1:]:   # 根据《A》《B》和《C》
            gap = text[basis[-1].end:p.start].rstrip("《“")
            if LISTED_AFTER.fullmatch(gap) or LISTED_WITH_ISSUER.fullmatch(gap):   # (国发〔2022〕5号)、国务院办公厅《B》
                basis.append(p)
            else:
                break
        others = [p for p in policies if p not in basis and p.key not in {b.key for b in basis}]
        reports_made = [n for n in named if n.type == "Report" and n.start > basis[-1].end
                        and REPORT_MADE_BEFORE.search(text, max(s.start, n.start - 6), n.start)]
        #   (根据《条例》和《…年度报告格式》规定，现公布…年度报告: the report rests on them)
        if not others and not reports_made:
            continue
        issued = [p for p in others if re.search(r"(印发|出台|制定|制订|编制|发布|颁布|修订|提出|起草|启动)(了|后的)?$", text[max(s.start, p.start - 6):p.start])]
        issued = issued or reports_made
        if not issued and document is not None and document in others and (MADE_HERE.search(s.text) or opens_document):
            issued = [document]     # 为贯彻落实《A》…，结合我市实际，特制定本方案: the page's own document
        if issued and (document is None or {p.key for p in issued} != {document.key}) and re.search(r"实施$", before):
            continue  # 省政府印发《A》，要求各地加快推进实施《B》: what others are to carry out, no basis of A
        if not issued and not re.search(r"(根据|依据|依照|按照|遵照|对照)$", before):
            continue  # 落实《A》 alone is carrying A out; it is a basis only where a new document is made
        target = issued[0] if issued else min(others, key=lambda p: abs(p.start - a.start))
        if (not issued or issued == [document]) and target is document and _others_follow(text, s, a.start, named):
            continue    # 从检查情况看，全省各级政府和各部门按照《A》…: others follow A, the page does not rest on it
        if not issued and target is not document and not RESTS_ON.fullmatch(text, target.end, a.start):
            continue    # 贯彻落实《条例》，严格对照《A》《B》: three documents followed, none made on the others
        for b in basis:
            out.append(make_relation("basedOn", target.key, b.key, s, min(b.start, target.start), max(b.end, target.end), 0.75, "based-on"))
        if re.search(r"(贯彻|落实)$", before) and issued:
            # 落实《A》，X会同有关部门制定了《B》: X carries out A (the one making B)
            makers = [n for n in named if n.type == "Agency" and basis[-1].end < n.start < target.start
                      and not CLAUSE_BREAK.search(text[n.end:target.start])
                      and not text.startswith(("《", "“"), n.end)]   # (对照国务院办公厅《B》: B's issuer, cited)
            for agency in makers[:1]:
                for b in basis:
                    out.append(make_relation("implements", agency.key, b.key, s, b.start, agency.end, 0.7, "carries-out"))
    return out


#: Right before a report a sentence puts out on a basis named before it (现公布…年度报告, 特编制…报告).
REPORT_MADE_BEFORE = re.compile(r"(?:公布|编制|发布|形成|撰写)(?:了|如下)?$")
#: Between a document and the one it rests on, written after it: 《C》是根据《A》(制定的).
RESTS_ON = re.compile(r"》?\s?(?:是|系|为|均|则|即|已)?(?:根据|依据|依照|按照|遵照)《?")


def _others_follow(text: str, s: Sentence, title_start: int, named: list[Named]) -> bool:
    """Whether the clause citing a basis has a subject of its own before it: bodies named, or a group of
    governments or departments (全省各级政府和各部门按照《A》), who follow the title, not the page."""
    clause = text[s.start + clause_start(text[s.start:title_start], title_start - s.start, "，,；;"):title_start]
    opening = title_start - len(clause)
    return bool(OTHERS.search(clause)) or any(n.type in ("Agency", "Region") and opening <= n.start and n.end <= title_start
                                              and not re.search(r"(根据|依据|按照|对照|贯彻落实|落实)", text[opening:n.start])
                                              for n in named)


#: A group of bodies as a clause's subject: 各级政府, 各部门, 各地区, 全省各级.
OTHERS = re.compile(r"各(级|地|部门|单位|地区|有关|县|区|市|乡|镇|街|成员)|全省各|全市各")   # (各县区要按照…《A》)


def amends(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """印发《B》，同时废止《C》 / 原《C》同时废止 / 《B》修订《C》: B amends C."""
    out = []
    policies = [n for n in named if n.type == "Policy"]
    if len(policies) < 2:
        return out
    for m in re.finditer(r"废止|修订|取代|替代", text[s.start:s.end]):
        pos = s.start + m.start()
        after = [p for p in policies if p.start >= pos + len(m.group(0)) and not CLAUSE_BREAK.search(text[pos:p.start])]
        before = [p for p in policies if p.end <= pos and re.fullmatch(r"[”》]?(同时|一并|予以|即行)?", text[p.end:pos])]
        old = after[0] if m.group(0) == "废止" and after else before[-1] if before else None
        if old is None:
            continue
        issued = [p for p in policies if p.key != old.key and re.search(
            r"(印发|出台|制定|发布|颁布|通过)(了|修订后的|新的)?$", text[max(s.start, p.start - 8):p.start])]
        subject = [p for p in policies if p.key != old.key and not text[s.start:p.start].strip("“”《 ")]
        new = issued[0] if issued else subject[0] if subject else None
        if new:
            out.append(make_relation("amends", new.key, old.key, s, min(new.start, old.start), max(new.end, old.end), 0.75, "repeals"))
    return out


#: In a bulletin's text, a sentence holding up examples: 如：…, …运行良好, 成效明显, 亮点, 典型.
EXAMPLES_GIVEN = re.compile(r"如[:：]|例如|运行良好|表现突出|成效明显|亮点|典型|示范|较好")


def bulletin_features(sentences, by_sentence: dict[int, list[Named]], bulletin: Named | None) -> list[Relation]:
    """An inspection bulletin features the places and platforms it holds up as examples (如：省发改委网站上线…;
    咸安区、通山县…等9家部门网站运行良好): they are what it cites, not what it rates by a figure."""
    if bulletin is None:
        return []
    out = []
    for s in sentences:
        if s.start < bulletin.end or not EXAMPLES_GIVEN.search(s.text):
            continue
        for n in by_sentence.get(s.index, []):
            if n.type in ("Region", "Platform") and n.key != bulletin.key:
                out.append(make_relation("features", bulletin.key, n.key, s, n.start, n.end, 0.6, "bulletin-example"))
    return out


#: A line that only lists names (徐圩警方(新浪微博)、美连丨治污攻坚(微信)): what is left once they are taken out.
LIST_LEFTOVER = re.compile(r"[\s、，,；;。和及等“”（）()]|微信公众号|公众号|新浪微博|微博|微信|抖音号|抖音|今日头条|头条号|视频号|网站")


def bulletin_lists(sentences, by_sentence: dict[int, list[Named]], bulletin: Named | None) -> list[Relation]:
    """An inspection bulletin evaluates the platforms it lists on a line of their own under a finding
    (连云港民政(微信)、连云港交警(微信)). Where a sentence says what is wrong with them, annotators split
    between evaluates and nothing (…头条号、…微博内容更新不及时), so those are left alone."""
    if bulletin is None:
        return []
    out = []
    for s in sentences:
        platforms = [n for n in by_sentence.get(s.index, []) if n.type == "Platform" and n.key != bulletin.key]
        if s.start < bulletin.end or len(platforms) < 2 or EXAMPLES_GIVEN.search(s.text):
            continue    # (one name alone on a line is as often the site's own account, under the page)
        rest = s.text
        for n in sorted(platforms, key=lambda n: n.start, reverse=True):
            rest = rest[:n.start - s.start] + rest[n.end - s.start:]
        if not LIST_LEFTOVER.sub("", rest) and re.search(r"[、，,]", rest):   # (not a bar of links set apart by spaces)
            out += [make_relation("evaluates", bulletin.key, n.key, s, n.start, n.end, 0.6, "bulletin-list")
                    for n in platforms]
    return out


#: In an inspection bulletin's title, whose sites it inspected: 全省政府网站, 全区…政务新媒体, 县政府网站
#: (全省市县政府网站: the province's, 全 first).
INSPECTED_SCOPE = re.compile(r"全(?P<level>省|区|市|县)[省区市县]{0,3}(?:政府网站|政务新媒体|各级政府网站)|"
                             r"(?P<bare>省|区|市|县)(?:政府网站|政务新媒体)")


def bulletin_scope(sentences, bulletin: Named | None, places: dict[int, dict[str, str]]) -> list[Relation]:
    """…关于2018年第三季度全省政府网站抽查情况的通报 rates the province whose sites it inspected."""
    if bulletin is None:
        return []
    s = sentence_at(sentences, bulletin.start)
    m = INSPECTED_SCOPE.search(bulletin.text)
    place = places.get(s.index, {}).get(m.group("level") or m.group("bare")) if s is not None and m else None
    return [make_relation("evaluates", bulletin.key, place, s, bulletin.start, bulletin.end, 0.6, "bulletin-scope")] \
        if place else []


#: A sentence on how the report itself was made (编制本报告, 现公布…年度报告): no act of its author's.
REPORT_MADE = re.compile(r"编制|本报告|报告格式|现公布|现予公布")
#: A document's number in brackets after its title, maybe with its year in brackets of its own
#: (国办发〔2017〕47号, 桂政办发(2019)119号).
DOCUMENT_NUMBER_IN_BRACKETS = r"(?:[(（](?:[^()（）]|[(（][^()（）]{0,8}[)）]){0,30}[)）])"
#: From a cited document (and the documents listed after it) to the body acting on them, opening the
#: next clause: 《A》要求，某局…; 《A》(…号)、《B》(…号)等相关要求，某局… (not 国务院令 in brackets, nor a
#: body named in a clause of its own: 结合省政府办公厅印发…).
OPENS_NEXT_CLAUSE = re.compile(rf"》?{DOCUMENT_NUMBER_IN_BRACKETS}?(?:[、和及与]?《[^《》]{{2,80}}》{DOCUMENT_NUMBER_IN_BRACKETS}?)*"
                               r"(?:等)?(?:文件)?(?:的)?(?:相关|有关)?(?:要求|规定|精神|部署)?[，,]\s*")
#: Between two documents of one list: 《A》(…号)、《B》, 《A》《B》.
BETWEEN_LISTED_TITLES = re.compile(rf"》?{DOCUMENT_NUMBER_IN_BRACKETS}?[、和及与]?《?")


def _list_head(text: str, named: list[Named], p: Named) -> Named:
    """The first document of the list of cited documents ``p`` is in (按照《A》、《B》: A for B)."""
    head = p
    for n in reversed([n for n in named if n.type == "Policy" and n.end <= p.start]):
        if not BETWEEN_LISTED_TITLES.fullmatch(text, n.end, head.start):
            break
        head = n
    return head


#: Before the word of acting: someone else is made to act, or no one acts (督促各县落实, 未执行).
NOT_ACTING = re.compile(r"督促|指导|要求|推动|未|不")
#: Right before a cited document: the body acts on it (按照新修订《…》要求; 全面贯彻落实《…》).
ACTS_ON = re.compile(r"(?:根据|依据|按照|遵照|贯彻落实|认真落实|全面落实|落实|执行)(?:新修订的?|修订后的)?[“]?$")


def authors_acts(text: str, sentences, by_sentence: dict[int, list[Named]], author: Named | None) -> list[Relation]:
    """A body carries out the documents it says it acts on: 某局根据《条例》要求…; in a body's own yearly
    report, a sentence naming no body (按照《…》要求，优化了门户网站) speaks of the report's author."""
    if author is not None and author.type != "Agency":
        author = None     # (a place's own report: the place implements nothing, its bodies do)
    out = []
    for s in sentences:
        if REPORT_MADE.search(s.text):
            continue      # 根据《…年度报告格式》要求编制本报告: how the report is written, not what the body does
        named = by_sentence.get(s.index, [])
        bodies = [n for n in named if n.type == "Agency"]
        speaks_of_author = not any(n.type in ("Agency", "Organization", "Region") for n in named)
        for p in named:
            head = _list_head(text, named, p) if p.type == "Policy" else p    # (按照《A》、《B》等要求: both)
            acts = ACTS_ON.search(text, max(s.start, head.start - 8), head.start - (text[head.start - 1:head.start] == "《"))
            if p.type != "Policy" or not acts or NOT_ACTING.search(text, max(s.start, acts.start() - 4), acts.start()) \
                    or re.match(r"》?的", text[p.end:p.end + 2]):
                continue    # (督促各县落实《X》, 未执行《X》的单位: others' acts, or none)
            opening = clause_start(text, head.start, floor=s.start)
            if any(n.type == "Policy" and opening <= n.start < head.start for n in named):
                continue    # 《A》是根据《B》制定的: what A rests on (basedOn)
            before = [b for b in bodies if opening <= b.start and b.end <= head.start]
            after = [b for b in bodies if b.start >= p.end and OPENS_NEXT_CLAUSE.fullmatch(text, p.end, b.start)]
            actor = before[-1] if before else (after[0] if after else (author if speaks_of_author else None))
            if actor is not None:
                out.append(make_relation("implements", actor.key, p.key, s, min(actor.start, p.start), p.end, 0.7,
                                         "acts-on", inferred=actor is author))
        if author is not None and speaks_of_author:
            out += [make_relation("issuedBy", p.key, author.key, s, p.start, p.end, 0.6, "author-made", inferred=True)
                    for p in named if p.type == "Policy" and MADE_BY_AUTHOR.search(text, max(0, s.start - 1, p.start - 16), p.start)]
    return out


#: In a body's own account, a clause that opens on making a document (制定了《审批工作运行规程》, 我局印发《…》):
#: the author made it (not 国办印发《…》, whoever is written before the verb).
MADE_BY_AUTHOR = re.compile(r"(?:^|[，。；：,;:]|\s)(?:我局|我们|本局|我中心|本中心|我办|并|还|同时|先后|相继|已|此外|积极|牵头)*"
                            r"(?:研究)?(?:制定|制订|出台|印发|编制|拟定)(?:了|并印发了?|出台了?)?[“]?《?$")


#: Right before a released policy's title, after the body: the verb of releasing it to the public (发布, 公布),
#: maybe with when or how, and nothing else (not 召开新闻发布会，解读《…》, 发布通知，要求落实《…》, 根据国务院发布的
#: 《…》 for a body named before 根据, 关于发布《…》的通知: the verb inside a notice's title).
RELEASED_BEFORE_TITLE = re.compile(r"^[^，。；,;《》“”]{0,16}?(?<!关于)(?:正式|联合|同时|共同|向社会)?(?:发布|公布)了?的?[《“]?$")
LISTED_TITLES = re.compile(r"《[^《》]*》[和、及与]?")
NOT_RELEASING = re.compile(r"根据|按照|依据|依照|落实|贯彻|关于|转发|印发|出台|制定|制订|颁布|审议|起草|编制")
#   (河南省制定发布了《…》: drawn up and issued, as annotators read it)


def released_too(text: str, relations: list[Relation], entities: dict) -> list[Relation]:
    """A policy a body 发布 (国家数据局发布《…意见》) is issued and published by it: the README's verb for
    publishedBy is 发布, and annotators name both (the issuing often as arguable)."""
    out = []
    for r in relations:
        if r.type != "issuedBy" or r.inferred or entities[r.head].type != "Policy":
            continue
        evidence = text[r.start:r.end]
        head = entities[r.head]
        title = next((evidence.rfind(name) for name in sorted((head.name, *head.aliases), key=len, reverse=True)
                      if name and name in evidence), -1)     # (its full name, not a short form such as 公告)
        title = title if title > 0 else evidence.rfind("《")     # (a title written with a space the name drops)
        gap = _after_the_body(evidence[:title] if title > 0 else "", entities[r.tail])
        gap = LISTED_TITLES.sub("", gap) if gap is not None else None    # (发布《A》和《B》: B released the same way)
        if gap is not None and RELEASED_BEFORE_TITLE.match(gap) and not NOT_RELEASING.search(gap):
            out.append(replace(r, type="publishedBy", rule=r.rule + "+released"))
    return out


def _after_the_body(before_title: str, body) -> str | None:
    """The words between a body's name (any of its names) and the title after it, or None if it is not there."""
    ends = [before_title.rfind(name) + len(name) for name in (body.name, *body.aliases) if name and name in before_title]
    return before_title[max(ends):] if ends else None
