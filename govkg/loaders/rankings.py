"""Ranks and ranking tables: a rank written for one name (位列全国第一, 排第3位, 排名第一的浙江), places
ranked together (并列第二, 分列第二、三名, 第四名是A、B), the rows of a table a page flattened into lines,
and the report that rates what it ranks."""
from __future__ import annotations

import re

from ..types import Metric, Relation, Sentence
from .named import Named, last_list_of, listed_before, make_relation
from .figure_subjects import figure_subject
from .normalize import LABEL_COLUMNS, TABLE_FIRST_COLUMNS
from .numbers import NOT_A_RANK, chinese_number
from .recognize import SHARED_SITE_WORD
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_end, clause_start


def rank_value(n: str) -> int:
    """第3 or 第三: 3."""
    return int(n) if n.isdigit() else chinese_number(n)


RANK_NUMBER = r"(?:\d+|[一二三四五六七八九十两]+)"
#: 浙江、北京分列第二、三名: each place its rank, in order.
RANKS_EACH = re.compile(rf"(?:分列|分别位列|分别位居|分别排名|分别排在|分别排(?=第|全))[^，。；、\d第]{{0,4}}第?"
                        rf"(?P<ranks>{RANK_NUMBER}(?:(?:名|位)?[、和](?:第)?{RANK_NUMBER})+)(?:名|位)?")
#   (分列全省第一、第二位, 分别位列第二、三名, 分列全国第2位和第5位, 分列二、三位)
#: 四川省和福建省并列第二 / 四川、海南并列治理能力排名第一位: the places listed share a rank.
TIED = re.compile(rf"(?:并列|同列|均位列|均位居|均排名)[^，。；、\d]{{0,10}}?第(?P<n>{RANK_NUMBER})(?:名|位|(?!{NOT_A_RANK}))")
#   (并列进入第一梯队: a tier, no rank)
#: Between the places listed and 并列: how many they are (杭州、宁波两市并列第一).
COUNTED_PLACES = re.compile(r"(两|三|四|五|六|七|八|九|十|\d+)(个)?(市|省|区|县|地|城市|省份|地市)$")
#: 第四名是广西壮族自治区、湖北省 / 第二至五位依次为：上海、天津、浙江、重庆: the places after it.
RANK_IS = re.compile(rf"第(?P<a>{RANK_NUMBER})(?:(?:至|到|-|~)(?:第)?(?P<b>{RANK_NUMBER}))?(?:名|位)"
                     r"(?:的)?(?:依次|分别)?(?:是|为)[:：]?")
#: 前三名是A/B、C、D / 四至十名是…: the places (or bodies) after it in turn, those joined by / tied.
RANK_RUN = re.compile(rf"(?:前(?P<top>{RANK_NUMBER})(?:名|位|(?=的))|(?P<a>{RANK_NUMBER})(?:至|到|-|~)(?P<b>{RANK_NUMBER})(?:名|位))"
                      r"(?:的[\u4e00-\u9fff]{0,4}?)?(?:依次|分别)?(?:是|为)[:：]?")   # (前十名的地区分别为：A、B…; 前三的镇街为; 前五位的是)
#: 福建、安徽、河南/江西分列五至七名: the places before it in turn, those joined by / tied.
RUN_AFTER_LIST = re.compile(rf"(?:是|则)?(?:分列|分居|分别位列|分别位居|依次位列|分别排名|分别排在)[^，。；、第前]{{0,18}}?"
                            rf"(?:第?(?P<a>{RANK_NUMBER})(?:至|到|-|~)第?(?P<b>{RANK_NUMBER})(?:名|位)|"
                            rf"前(?P<top>{RANK_NUMBER})(?:名|位|强|甲)?(?![\u4e00-\u9fff]))")
#   (北京、上海、海南分列前三位: 1, 2, 3; 分列全国前三, 分居前三甲, 分列省级政务APP前三位)
#: 北京、上海、重庆位列直辖市网站评估结果第1到第4名 / A、B/C…位列…前10名: the places before it in
#: turn; a top N only when every rank has its group (位列前十 alone says "among the ten").
RUN_AFTER_PLACE = re.compile(rf"(?:位列|位居|排名|排在)[^，。；、\d]{{0,24}}?(?:前(?P<top>{RANK_NUMBER})(?:名|位|强|(?=[，。；]|$))|"
                             rf"第?(?P<a>{RANK_NUMBER})(?:至|到|-|~)第?(?P<b>{RANK_NUMBER})(?:名|位))")
#: Right before a rank run's verb: the places listed are ranked in turn (A、B和C分别位列前三名).
IN_ORDER = re.compile(r"(?:分别|依次)$")
#: Between names listed with ties: 、/和/及/与 or a slash.
TIED_LIST_GAP = re.compile(r"(、|和|及|与|/|／|)")
#: …并列第一，得分均为10分: the score each of the places listed has.
SCORE_EACH = re.compile(r"得分(?:均|都)为(?P<v>\d+(?:\.\d+)?)分")


def listed_ranks(text: str, s: Sentence, named: list[Named]) -> list[Metric]:
    """Ranks written for several places at once: tied (并列第二), in turn (分列第二、三名; 第二至五位
    依次为：A、B、C、D), or named after their rank (第四名是A、B), and a score they share (得分均为9分)."""
    out: list[Metric] = []
    body = s.text

    def rank(names: list[Named], value: int, end: int, unit: str = "名", name: str = "排名") -> None:
        out.extend(Metric(n.key, name, float(value), "=", unit, s.index, min(n.start, end), max(n.end, end))
                   for n in names if value)   # (第四名是A、B: the names after the rank, the span still in order)

    def in_turn(groups: list[list[Named]], a: int, b: int, end: int) -> None:
        if len(groups) == b - a + 1:     # one group for each rank of the run, or none ranked
            for group, value in zip(groups, range(a, b + 1)):
                rank(group, value, end)
        elif sum(map(len, groups)) == b - a + 1:   # one place for each: a tie skips the ranks it takes
            value = a                              # (A、B/C、D分列七至十名: 7, 8, 8, 10)
            for group in groups:
                rank(group, value, end)
                value += len(group)

    for m in RANKS_EACH.finditer(body):
        values = [rank_value(v) for v in re.findall(RANK_NUMBER, m.group("ranks"))]
        for n, value in zip(last_list_of(text, named, s.start + m.start(), len(values)), values):
            rank([n], value, s.start + m.end())
    for m in TIED.finditer(body):
        counted = COUNTED_PLACES.search(body, 0, m.start())
        tied = listed_before(text, named, s.start + (counted.start() if counted else m.start()))
        rank(tied, rank_value(m.group("n")), s.start + m.end())
        score = SCORE_EACH.search(body, m.end(), clause_end(body, m.end(), "。；") + 1)
        if score:
            rank(tied, float(score.group("v")), s.start + score.end(), "分", "得分")
    for m in RUN_AFTER_LIST.finditer(body):
        a, b = (1, rank_value(m.group("top"))) if m.group("top") else (rank_value(m.group("a")), rank_value(m.group("b")))
        counted = COUNTED_PLACES.search(body, 0, m.start())     # (广州、长沙、成都(等)三个城市分列前三位)
        list_end = counted.start() - body.endswith("等", 0, counted.start()) if counted else m.start()
        etc = re.search(r"等(?:城市|地|省份|地市|省市|单位|部门)?$", body[:list_end])
        list_end = etc.start() if etc else list_end     # (广州、深圳、杭州等城市分列前三位)
        in_turn(groups_before(text, named, s.start + list_end), a, b, s.start + m.end())
    for m in RUN_AFTER_PLACE.finditer(body):
        a, b = (1, rank_value(m.group("top"))) if m.group("top") else (rank_value(m.group("a")), rank_value(m.group("b")))
        shared = SHARED_SITE_WORD.search(body, 0, m.start())    # 北京、天津市政府网站位列…: the list's word
        in_order = IN_ORDER.search(body, 0, m.start())           # 杭州、上海和武汉分别位列前三名
        groups = groups_before(text, named, s.start + (shared.start() if shared else in_order.start() if in_order else m.start()))
        if len(groups) > 1:
            in_turn(groups, a, b, s.start + m.end())
    for m in list(RANK_IS.finditer(body)) + list(RANK_RUN.finditer(body)):
        groups = ranked_groups(text, named, s.start + m.end())
        if m.re is RANK_RUN and m.group("top"):
            a, b = 1, rank_value(m.group("top"))
        else:
            a = rank_value(m.group("a"))
            b = rank_value(m.group("b")) if m.group("b") else None
        if b is None:       # 第四名是A、B: all of them fourth
            rank([n for group in groups for n in group], a, s.start + m.end())
        else:
            if len(groups) != b - a + 1:   # 四至十名是湖北省和福建省、广西…: 和 joins a tie where / would
                groups = tie_groups(text, [n for group in groups for n in group], ("/", "／", "和", "及"))
            in_turn(groups, a, b, s.start + m.end())
    return out


#: What a ranked list may say of each name before the next: its figure, bracketed or not, and a
#: bracketed other name (岳阳县(4383件)、… / 县自然资源局(不动产中心)679件、…).
RANKED_FIGURE = re.compile(r"^(?:[（(][^（()）]{1,12}[)）])?(?:\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]{0,2})?(?:[（(][^（()）]{1,12}[)）])?")


def ranked_groups(text: str, named: list[Named], pos: int) -> list[list[Named]]:
    """The names listed from ``pos`` on, in groups: 、/和/及 start the next, / joins a tied one
    (质检总局/税务总局、林业局 → [[质检总局, 税务总局], [林业局]])."""
    first = named_from(text, named, pos)
    if first is None:
        return []
    listed = [first]
    for n in named:
        if n.start < listed[-1].end:
            continue
        gap = RANKED_FIGURE.sub("", text[listed[-1].end:n.start], count=1)
        if gap.strip("“”") not in ("/", "／", "、", "和", "及", "以及"):
            break
        listed.append(n)
    return tie_groups(text, listed)


def tie_groups(text: str, listed: list[Named], ties: tuple[str, ...] = ("/", "／")) -> list[list[Named]]:
    """Names listed one after another, in groups: a / between two joins them in a tie.

    >>> a, b, c = Named("A", "Region", 0, 2, "湖北"), Named("B", "Region", 3, 5, "山东"), Named("C", "Region", 6, 8, "陕西")
    >>> [[n.text for n in g] for g in tie_groups("湖北、山东/陕西", [a, b, c])]
    [['湖北'], ['山东', '陕西']]
    """
    groups: list[list[Named]] = []
    for before, n in zip([None, *listed], listed):
        if before is not None and text[before.end:n.start].strip("“”") in ties:
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups

def groups_before(text: str, named: list[Named], end: int) -> list[list[Named]]:
    """The names listed right before ``end``, in groups, / joining a tied one
    (湖北、山东/陕西 → [[湖北], [山东, 陕西]])."""
    return tie_groups(text, listed_before(text, named, end, gap=TIED_LIST_GAP))

# -- ranks written one at a time -------------------------------------------------------------

#: How a ranking list named in full ends (…百强榜, …服务质量排行榜, …发展指数, …评估).
RANKED_LIST_END = r"(?:榜|榜单|指数|评估|评价|考核|测评|评比)"
#: The field a rank is written in with no verb before it (全国第一, 全省第二).
BARE_FIELD = r"(?:全国|全省|全市|全区|全州|全球)"
RANK = re.compile(r"(?<!分)(?:(?:位列|位居|排名|名列|排在|蝉联|上升到|上升至|提升到|提升至|跃升至|跃升到|跃居|升至|高居|稳居)"
                  r"(?:了|为)?(?:(?:19|20)\d{2}年的?)?"     # 上升到了2022年的第43位: the year the rank was reached; 排名为…第6
                  r"(?:“[^“”]{2,30}”|《[^《》]{2,40}》)?"   # 位居“2022中国数字城市百强”第七位: the ranking it is in
                  rf"(?:[^，。；、\d第]{{1,6}}?|[^，。；、第]{{2,24}}?{RANKED_LIST_END}|[^，。；、\d第()（）]{{1,10}}?档[(（])?|"
                  #   (位居省级政府优秀档(第4名): the tier, then the rank in it)
                  rf"(?:(?<=\d[名位]、)|(?<=[一二三四五六七八九十][名位]、))[^，。；、第]{{2,24}}?{RANKED_LIST_END}|"
                  #   (位居治理效果第一位, 跃居中部城市第二: what the rank is in; 位居全球微笑城市百强榜第31位,
                  #   位列全国275个普通地级市服务质量排行榜第18名: a list named in full)
                  r"(?:居于|居)(?:全国|全省|全市|省级|全球|世界)?|"   # (a bare 居 takes no gap: 居民第一时间)
                  r"(?<![安编并彩])排(?:全国|全省|全市|全区)?|"   # 排第3位, 排全省第二 (not 安排第一批)
                  r"(?:获得|荣获)了?[^，。；]{2,50}?的|"    # 获得了2015年…绩效评估的第一名
                  r"(?<=评比|评估|考核|测评|排名|评价|考评|评选)中[^，。；]{0,6}?(?:获得|荣获|取得|夺得|摘得)了?(?=第)|"
                  #   (在全国城市政府热线服务质量评比中连续四年获得第一名: the evaluation named before)
                  r"(?:获得|荣获)了?(?=[^，。；的]{0,40}?(?:政府|政务|网站|数字|城市|营商|平台|能力|指数))"
                  r"[^，。；的]{2,50}?(?:评估|评价|测评|评比|评选|考评|考核)(?:[(（][\u4e00-\u9fff、]{1,10}[)）]|"
                  r"(?:区县级|县区级|地市级|省级|市级|县级))?|"
                  #   (获得中国政府网站绩效评估(区县级)第一名: the evaluation, its tier in brackets)
                  r"(?:(?<=[列获])|(?<=前[一二三四五六七八九十\d]、)|(?<=第[一二三四五六七八九十\d][名位]、))"
                  r"(?:全国|全省|全市|全区|全州|[\u4e00-\u9fff]{1,4}?地区)(?:考评|考核|评估|评比)?)"   # 列全国第6位, 获全市第3,
                  # 获全省考评第一,
                  # 位居全国前三、中西部地区第一 (not 数量全省第一 or 成为全国第一: an achievement, whose is unclear)
                  r"第(?P<n>\d+|[一二三四五六七八九十]+)(名|位|(?!" + NOT_A_RANK + "))")   # 位列第一梯队: a tier
#: 绿色算力指数全国第一, 获得全省第二: a rank with no verb before its field (not 全国第一批, 全省第一家; not
#: 从全国第9位上升到第7位: the rank left; not 多个全国第一, 数量全省第一: firsts achieved, whose is unclear).
BARE_RANK = re.compile(r"(?<![列居排在升至到从由个项“])(?<!数量)" + BARE_FIELD + r"第(?P<n>\d+|[一二三四五六七八九十]+)"
                       r"(?:(?:名|位)(?=[，。；、）)”的\s]|$)|(?!名|位|部|套|辆|枚|宗|股|流|大|[：:\d]|" + NOT_A_RANK + "))")
#   (not 全国第一部法规, 第一宗交易, 第一股, 第一流的, 第三大城市: a thing counted or a size; not 第一位领取…的用户:
#   the first to do something; not “全国第一”, 全国第一20项, 全省第一：…: firsts achieved)
#: Before a bare rank in its clause: firsts counted (创造了多项全国第一、全省第一, 众多全省第一, 多个全国首创和全国第一),
#: a target (力争…全省第一, 打造全国第一的…), or a team of people ranked (学生团队获得全国第一): none a place's rank.
FIRSTS_COUNTED = re.compile(r"(?:[多几数两三四五六七八九十\d][项个]|众多|一批|一系列|诸多|若干)[^，。；]{0,12}?" + BARE_FIELD + r"第|"
                            r"力争|争取|争创|目标|打造|努力|学生|团队|代表队")
#: 浙江位居榜首 / 居首 / 排名首位: first.
TOP_RANK = re.compile(r"(?:(位居|名列|居于|排名|位列|跃居|高居|稳居|雄居)(全国|全省|全市|整体排名中|[^，。；、]{0,4}?\d+个[^，。；、\d]{1,8}?)?"
                      r"(?:[^，。；、\d“”第首]{1,6}?|[^，。；、\d“”第首]{7,18}?(?=榜首))?|居(全国|全省|全市)?)"
                      #   (位居全国各城市首位, 位居全国政务微信榜首, 高居政务微博竞争力榜首)
                      r"(榜首|首位|之首|首)(?!先|次|批|个|都|府|家|条|款|张|届|创|发|推|例|单|台|部)")
#   (排名333个地级行政区首位: first of 333; 居全国之首; not 位列…首家试点城市: the first to be chosen)
#: 之后是深圳（第2）、江门（第5）: a place's rank in brackets right after its name.
BRACKETED_RANK = re.compile(r"[（(]第(?P<n>\d+|[一二三四五六七八九十]+)(名|位)?[)）]")
RANK_LIST = re.compile(r"分(列|居|别位列|别排名)(全国)?第(?P<a>\d+|[一二三四五六七八九十]+)(至|到|~|-)(第)?(?P<b>\d+|[一二三四五六七八九十]+)(名|位)?")


def sentence_ranks(text: str, s: Sentence, named: list[Named]) -> list[Metric]:
    """位列全国第一名 / 上升到第7位 / 排名第一的浙江 / 北京、浙江分列第二至三名: a rank (unit 名)."""
    out = []
    body = s.text
    in_turn = [(m.start(), m.end()) for pattern in (RANKS_EACH, RUN_AFTER_LIST)   # 分别位列第二、三名,
               for m in pattern.finditer(body)]                                     # 分列五至十名: ranks in turn
    ranks = list(RANK.finditer(body))
    ranks += [m for m in BARE_RANK.finditer(body) if not any(r.start() <= m.start() < r.end() for r in ranks)
              and not FIRSTS_COUNTED.search(body, clause_start(body, m.start(), CLAUSE_OR_SENTENCE_MARKS), m.start() + 3)]
    ranked_in = [n for n in named if n.type == "Report"
                 and any(s.start + m.start() <= n.start and n.end <= s.start + m.end() for m in ranks)]
    for m in ranks + list(TOP_RANK.finditer(body)):
        if any(a <= m.start() < b for a, b in in_turn):
            continue
        rank = rank_value(m.group("n")) if m.re in (RANK, BARE_RANK) else 1
        pos = s.start + m.start()
        if m.re is RANK and WON_IN_FRAME.match(body, m.start()) and NOT_WON.search(
                body, clause_start(body, m.start(), CLAUSE_OR_SENTENCE_MARKS), m.end()):
            continue    # (力争在全省考核中获得第一名, 未能…获得第一名, 分别获得第一名和第三名: no rank held)
        if PERSON_RANKED.search(body, clause_start(body, m.start(), CLAUSE_OR_SENTENCE_MARKS), m.start()):
            continue    # 窗口工作人员张敏获得全市…考评第一名: a person's place, no body's
        after = [n for n in named if n.start >= s.start + m.end()]
        what_ranks = re.match(r"的?(?:是|为|有)?“?", body[m.end():]).group(0)
        opening = next((n for n in named if n.start == pos and n.type != "Report"
                        and not n.text.startswith(("全", "我", "本"))), None) \
            if body.endswith("、", 0, m.start()) else None
        if opening is not None:
            subject = opening           # 嘉兴市位列第2位、湖州市政务服务考核评价第4: the body the field after 、 opens on
        elif what_ranks and after and after[0].start - (s.start + m.end()) <= len(what_ranks):
            subject = after[0]          # 排名第一的浙江, 排第一的是浙江
        elif re.match(r"的?(?:是|为|有)", what_ranks) or _ranks_a_kind(body, m):
            continue                    # 受理量排第一位的是疫情防控类问题, 城乡建设类排第一位: no body named is first
        else:   # (位居“X百强”第七位，…指数位列第一: the ranking named in a rank is no subject of the next;
            #     在X评估中排名第一: the evaluation ranks, what was ranked is named before it)
            candidates = [n for n in named if n not in ranked_in and not _in_the_frame(text, n, pos, s.start)
                          and not _inside_a_quoted_name(text, n)]
            means = [n for n in candidates if _in_the_means(text, n, pos, candidates)]
            if means and len(means) < len(candidates):
                candidates = [n for n in candidates if n not in means]   # 青岛凭借山东全省…的优势位居第三: 青岛's
            ranked = [n for n in candidates if n.type != "Report" and not PUBLISHER_OF.match(text, n.end)
                      and not any(r.type == "Report" and r.start == n.end for r in named)]   # (在中国软件评测中心
            #   2020年…评估中，位居…: the evaluator written right before its evaluation is not ranked)
            subject = figure_subject(ranked, pos, text, s.start)
            if subject is None and m.re is not BARE_RANK:   # (在全国新型智慧城市评价中获得全省第二: not the evaluation's)
                subject = figure_subject(candidates, pos, text, s.start)
        if subject is not None and rank:
            out.append(Metric(subject.key, "排名", float(rank), "=", "名", s.index, pos, s.start + m.end()))
    for n in named:
        m = BRACKETED_RANK.match(text, n.end)
        if m and s.start <= n.start and m.end() <= s.end:
            out.append(Metric(n.key, "排名", float(rank_value(m.group("n"))), "=", "名", s.index, n.start, m.end()))
    for m in RANK_LIST.finditer(body):
        first, last = rank_value(m.group("a")), rank_value(m.group("b"))
        listed = listed_before(text, named, s.start + m.start())
        if first and last and len(listed) == last - first + 1:
            for rank, n in zip(range(first, last + 1), listed):
                out.append(Metric(n.key, "排名", float(rank), "=", "名", s.index, n.start, s.start + m.end()))
    return out + listed_ranks(text, s, named)


#: What a ranked place or body achieved its rank by, before the rank in its clause (凭借山东全省…的集群优势).
MEANS = re.compile(r"(?:凭借|依托|借助|依靠|得益于)[^。；]*$")     # (凭借…的优势，在…中位居第三: over a comma too)


def _inside_a_quoted_name(text: str, n: Named) -> bool:
    """Whether ``n`` is a place written inside a longer quoted name (“平安北京”高居…榜首: the account's rank, not
    北京's)."""
    opening, closing = text.rfind("“", max(0, n.start - 8), n.start + 1), text.find("”", n.end - 1, n.end + 8)
    return n.type == "Region" and opening >= 0 and closing >= 0 and "”" not in text[opening:n.start] \
        and (opening + 1 < n.start or closing > n.end)


def _in_the_means(text: str, n: Named, pos: int, candidates: list[Named]) -> bool:
    """Whether ``n`` stands inside the phrase of what achieved a rank at ``pos`` (青岛也凭借|山东|全省…位居第三),
    which reaches over a comma only where no name follows the comma (依托“城市大脑”建设成效，杭州…排名第一: 杭州's)."""
    means = MEANS.search(text, max(0, pos - 60), pos)
    if means is None:
        return False
    comma = max(text.rfind("，", means.start(), pos), text.rfind(",", means.start(), pos))
    end = comma if comma >= 0 and any(comma < c.start < pos for c in candidates) else pos
    return means.start() < n.start < end


def _in_the_frame(text: str, n: Named, pos: int, sentence_start: int) -> bool:
    """The name stands inside an evaluation's frame before the rank (在全省互联网+政务服务考核中获得第5名: 全省 is the
    field; 衢州市在浙江省人民政府组织的考核中获得第一名，在全国评比中获得第五名: the organiser is not ranked)."""
    return any(sentence_start + f.start() < n.start and n.end <= sentence_start + f.end()
               for f in FRAME.finditer(text[sentence_start:pos + 1]))


#: An evaluation's frame: 在…中, within a clause.
FRAME = re.compile(r"在[^在，。；,;]{2,40}中")     # (to the last 中: 在中国软件评测中心的评估中)
#: The rank alternative that opens on an evaluation's 中 and a winning verb.
WON_IN_FRAME = re.compile(r"中[^，。；]{0,6}?(?:获得|荣获|取得|夺得|摘得)")
#: Before such a rank in its clause: a target, a hope, a failure or ranks shared out, no rank held.
NOT_WON = re.compile(r"力争|争取|有望|希望|目标|未能|没能|未(?!来)|没有|分别")


#: Before a rank in its clause: a person ranked (a worker, an operator, a contestant), not the body they are of.
PERSON_RANKED = re.compile(r"工作人员|话务员|接线员|干部|选手|同志|员工|职工|个人")
#: After a body: that it published the report the sentence goes on to rank (国家信息中心发布的《…报告》在…评选中排名
#: 第一: the report's place, not the publisher's). A report is ranked only where nothing else named could be: it is
#: as a rule the evaluation that ranks (在X评估中排名第一 is what X ranked).
PUBLISHER_OF = re.compile(r"(?:发布|编制|出版|撰写|推出)的《|[^，。；《》“”]{0,16}?(?:报告|榜单|排行榜)中")
#   (在零点公司年度政务热线监测报告中位列…: the publisher's report ranks, the publisher is not ranked)


def _ranks_a_kind(body: str, m: re.Match) -> bool:
    """A bare 排 ranking a kind of thing, not a body (城乡建设类排第一位, 把群众满意排第一位, 排第1的事项)."""
    if not body.startswith("排", m.start()):
        return False
    return bool(re.search(r"(类|问题|事项|诉求)$", body[:m.start()]) or re.search(r"把[^，。；]*$", body[:m.start()])
                or re.match(r"的[\u4e00-\u9fff]", body[m.end():]))


# -- tables flattened to lines -------------------------------------------------------------

#: The header of a ranking table a page flattened into lines: 排名 省级政府 总体指数.
TABLE_HEADER = re.compile(r"^(排名|名次)([ \t]+[^\s\d，。；,;]{1,12}){1,5}$")
#: One of its rows: 1 浙江 96.73 (rank, name, figures).
TABLE_ROW = re.compile(r"^(?P<rank>\d{1,3})[ \t]+(?P<name>[^\s\d]{2,20})(?P<figures>([ \t]+\d+(\.\d+)?%?)*)[ \t]*$")


def table_columns(s: Sentence) -> list[str] | None:
    """The columns of a ranking table's header line, or None if the line is none: 排名 省级政府 总体指数,
    or cells between | (序号 | 受理单位 | 交办总量 | 办结率 |)."""
    if TABLE_HEADER.match(s.text):
        return s.text.split()
    cells = _cells(s.text)
    if cells and len(cells) >= 3 and cells[0] in TABLE_FIRST_COLUMNS + LABEL_COLUMNS and not any(PIPE_FIGURE.match(c) for c in cells):
        return cells
    return None


#: A figure in a cell: 4226, 98.06%, 99.3.
PIPE_FIGURE = re.compile(r"^\d+(?:\.\d+)?%?$")


def _cells(line: str) -> list[str] | None:
    """The cells of a line written with | between them, or None."""
    if line.count("|") < 2:
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


def table_row_figures(s: Sentence, named: list[Named], columns: list[str]) -> list[Metric] | None:
    """A row under a ranking table's header: the rank of the name in it, and each figure under
    its column (1 浙江 96.73 under 排名 省级政府 总体指数). None when the line is no row."""
    cells = _cells(s.text)
    if cells is not None and columns[0] in LABEL_COLUMNS:
        return _label_row_figures(s, named, columns, cells)
    if cells is not None:
        return _pipe_row_figures(s, named, columns, cells)
    row = TABLE_ROW.match(s.text)
    if not row:
        return None
    at = s.start + row.start("name")
    owner = next((n for n in named if n.start == at and n.end == s.start + row.end("name")), None)   # the whole cell
    if owner is None:
        return []
    end = s.start + len(s.text)
    out = [Metric(owner.key, columns[0], float(row.group("rank")), "=", "名", s.index, owner.start, end)]
    for column, figure in zip(columns[2:], row.group("figures").split()):
        value, unit = _figure(figure)
        out.append(Metric(owner.key, column, value, "=", unit, s.index, owner.start, end))
    return out


def _figure(cell: str) -> tuple[float, str | None]:
    """A table cell's figure and unit: 98.06% → (0.9806, "%"), 4226 → (4226.0, None)."""
    return float(cell.rstrip("%")) / (100 if cell.endswith("%") else 1), "%" if cell.endswith("%") else None


def _pipe_row_figures(s: Sentence, named: list[Named], columns: list[str], cells: list[str]) -> list[Metric] | None:
    """A row of cells (1 | 大洼区 | 4226 | 98.06% |) under a header of cells: each figure of the named
    place or body under its column; its rank where the first column is one (排名, not 序号)."""
    if len(cells) < 3 or not re.fullmatch(r"[0-9]+", cells[0]):
        return None
    owner = _named_cell(named, s.start + s.text.index(cells[1], s.text.index("|")), cells[1])
    if owner is None:
        return []
    end = s.start + len(s.text)
    out = []
    if columns[0] != "序号":
        out.append(Metric(owner.key, columns[0], float(cells[0]), "=", "名", s.index, owner.start, end))
    for column, cell in zip(columns[2:], cells[2:]):
        if PIPE_FIGURE.match(cell):
            value, unit = _figure(cell)
            out.append(Metric(owner.key, column, round(value, 10), "=", unit, s.index, owner.start, end))
    return out


def _named_cell(named: list[Named], at: int, cell: str) -> Named | None:
    """The name that is the whole of the cell written at ``at``, if one is."""
    return next((n for n in named if n.start == at and n.end == at + len(cell)), None)


#: A column of identifiers, not measures: 邮政编码, 联系电话, 统一社会信用代码.
IDENTIFIER_COLUMN = re.compile(r"邮编|邮政编码|电话|传真|代码|标识码|编号|网址|序号")


def _label_row_figures(s: Sentence, named: list[Named], columns: list[str], cells: list[str]) -> list[Metric] | None:
    """A row of a table whose first column names each row (上海 | 1 | 11 | 济南 | 19 | 14 | under 城市 |
    EGDI 排名 | 人均GDP 排名, twice side by side): each figure of the place or body named before it, under
    its column (a rank where the column is one). None when the line is no such row."""
    if len(cells) < 2 or PIPE_FIGURE.match(cells[0]):
        return None
    records = [k for k, c in enumerate(columns) if c == columns[0]] + [len(columns)]   # (a record begins at 城市)
    out, at, end = [], s.start, s.start + len(s.text)
    for first, after in zip(records, records[1:]):
        if first >= len(cells):
            break
        label = cells[first]
        at = s.start + s.text.index(label, at - s.start)
        owner = _named_cell(named, at, label)
        if owner is not None:
            for column, cell in zip(columns[first + 1:after], cells[first + 1:after]):
                if PIPE_FIGURE.match(cell) and not IDENTIFIER_COLUMN.search(column):
                    value, unit = _figure(cell)
                    name = column.replace(" ", "")
                    unit = "名" if re.search(r"(排名|名次|排序)$", name) else unit
                    out.append(Metric(owner.key, name, round(value, 10), "=", unit, s.index, owner.start, end))
        at += len(label)
    return out


#: A rank by how much work was done (工单办理数排在前五位的是…) counts, it does not rate.
RANKED_BY_COUNT = re.compile(r"(?:办理|办件|办结|受理|工单|来电|诉求|访问|浏览|下载)(?:数量|数|量)[^，。；]{0,6}?(?:排|居|位)")
#   (工单数量排在前两位的是, 办件量在全市排名前两位的是)


def ranked_by_report(report: Named | None, figures: list[Metric], named: list[Named], s: Sentence) -> list[Relation]:
    """A place or platform ranked in the sentences summarizing a report is rated by it (…发布《报告》。
    …第四名是广西壮族自治区、湖北省: the report evaluates both)."""
    if report is None:
        return []
    types = {n.key: n.type for n in named}
    return [make_relation("evaluates", report.key, m.subject, s, m.start, m.end, 0.6, "ranked-by-report")
            for m in figures if m.unit == "名" and _can_be_rated(m.subject, types)
            and not RANKED_BY_COUNT.search(s.text, 0, max(0, m.start - s.start))]


def _can_be_rated(key: str, types: dict[str, str]) -> bool:
    """Whether what a figure measures is something a report rates: a place or a platform named in the
    sentence, or a place named only by 我市/全省 (the page's own, keyed as a region)."""
    return types.get(key) in ("Region", "Platform") or key.startswith("Region:")


#: A figure that rates what it measures: a pass rate or a score.
RATING_FIGURE = re.compile(r"合格率|达标率|得分|总分|评分|分数")


def rated_in_bulletin(bulletin: Named | None, figures: list[Metric], named: list[Named], s: Sentence) -> list[Relation]:
    """An inspection bulletin evaluates the places and sites whose pass rates or scores it gives (北京、辽宁、
    青海等地政府网站抽查合格率达100%; 市政府门户网站得分95分)."""
    if bulletin is None:
        return []
    types = {n.key: n.type for n in named}
    return [make_relation("evaluates", bulletin.key, m.subject, s, m.start, m.end, 0.6, "rated-in-bulletin")
            for m in figures if m.subject != bulletin.key and (m.unit == "分" or RATING_FIGURE.search(m.name))
            and _can_be_rated(m.subject, types)]


def ranking_report(named: list[Named], figures: list[Metric]) -> Named | None:
    """The report a sentence names before the ranks it gives (在第二十三届政府网站绩效评估结果中，北京、
    上海位列前两名), or inside one (位居“2022中国数字城市百强”第七位): the one that ranks them, whichever
    report the text summarized before."""
    ranks = [m for m in figures if m.unit == "名"]
    reports = [n for n in named if n.type == "Report" and ranks and n.end <= min(m.start for m in ranks)]
    inside = [n for n in named if n.type == "Report" and any(m.start <= n.start and n.end <= m.end for m in ranks)]
    return reports[-1] if reports else inside[0] if inside else None    # (位居“2022中国数字城市百强”第七位)


def named_from(text: str, named: list[Named], pos: int) -> Named | None:
    """The name that starts right at ``pos`` (past a quote or 《)."""
    return next((n for n in named if pos <= n.start and not text[pos:n.start].strip("“《")), None)
