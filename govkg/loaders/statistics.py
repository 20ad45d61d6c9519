"""Statistics stated about an entity (its dates: :mod:`govkg.loaders.dates`; ranks written for
several places and ranking tables: :mod:`govkg.loaders.rankings`)."""
from __future__ import annotations

import re

from ..types import Metric, Sentence
from .named import Named
from .numbers import parse_number
from .places import GENERIC_PLACE
from .recognize_lists import listed_number
from .rankings import RANKS_EACH, TOP_RANK, sentence_ranks
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_end, clause_of, clause_start
from .figure_lists import one_of_a_list, own_subject_in_parallel, respectively, shared_by_list, unnamed_label
from .figure_documents import OWN_YEARLY_REPORT, PUBLISHED, acting_under, plan_content, title_opening
from .figure_sites import counts_sites, place_of_sites, sites_of_a_place
from .generic_platforms import DESCRIPTOR, is_slogan
from .figure_words import (BARE_VERB, CHANGE_TAIL, NUMBER, ONE_AMONG, OPS, RANKED_AMONG, after_last_name, as_of_date, is_change,
                           is_date_part, is_ordinal, is_threshold_label, metric_name, name_after, without_subject)
from .figure_places import (names_in_clause, opens_on_a_word_for_place, own_place, place_going_on, place_in_clause,
                            place_of_part, place_using_national_platform, with_generic_places)
from .figure_subjects import (chose_what_is_counted, counted_examples, figure_subject, is_channel, opens_clause,
                              told_by_its_head)


def extract_metrics(text: str, s: Sentence, named: list[Named], places: dict[str, str] | None = None,
                    report: Named | None = None, topic: Named | None = None,
                    case_counter: Named | None = None, entities: dict | None = None) -> list[Metric]:
    """Every figure of the sentence with the entity it measures.

    ``places`` maps 省/市/国 to the region the article is about, so that 全省/我市/我国
    can carry a figure (全省政务服务事项网上可办率为100%). ``report`` is the report the
    sentences just before summarize: a count of places or governments with nothing
    named before it is the report's (特色型包括6个省级政府, 16个省级政府…占比50%).
    ``topic`` is the platform the sentence before is about (:func:`sentence_topic`): a figure
    of what a platform counts, in a clause that names nothing, is its (“X”首批接入…。目前注册
    用户2371万，占…66%; :func:`_goes_on_with`).
    ``case_counter`` is the hotline or service centre whose report the page is, or the body whose yearly
    report it is (:mod:`.page_subjects`):
    a figure in a sentence that names nothing at all is its (城乡建设类1545件，占比16.74%).
    """
    generic = with_generic_places(s, named, places or {})
    out = []
    body = s.text
    rank_spans = [(m.start(), m.end()) for pattern in (TOP_RANK, RANKS_EACH) for m in pattern.finditer(body)]
    sites_owner = None     # the page's place, once the sentence counted its sites
    counted_in: dict[str, Named] = {}   # a platform the sentence counted sites in → the place whose sites they are
    shared: set[str] = set()    # the last item of a list whose figures the sentence gives the list as a whole
    for m in NUMBER.finditer(body):
        index = _index_word(body, m)
        if not (m.group("mult") or m.group("unit") or m.group("op") or index or "成" in m.group("num")):
            continue
        if is_date_part(body, m) or is_ordinal(body, m) or _inside(m, rank_spans) or is_threshold_label(body, m) \
                or ONE_AMONG.match(body, m.end()) or RANKED_AMONG.match(body, m.end()):
            continue    # (…列为全国100项典型案例之一: the size of a list the subject is in, no measure; 在全国31个
            #              省市、自治区排名第13位: the field of a rank)
        if re.search(r"》[和、及与]《[^《》]*》$", body[:m.start()]) and m.group("unit"):
            continue    # 发布《A》和《B》2项地方标准: the titles counted, no figure of B's
        if m.group("unit") == "分" and (body[:m.start()].endswith(("时", "点", "扣", "减", "加")) or body.startswith("制", m.end())):
            continue    # 8时30分, 扣3分, 100分制: a time, a deduction, a scale
        if m.group("unit") in ("天", "分钟", "小时") and not DURATION_NAME.search(CHANGE_TAIL.sub("", body[:m.start()])):
            continue    # 365天不打烊, 5天内办结: a promise, not a measured duration (平均办结时长6.8天)
        if m.group("unit") in ("个工作日", "工作日") and _a_time_limit(body, m):
            continue    # 自收到之日起5个工作日内回复: a promise (but 平均办理时间压缩至1个工作日 is measured)
        if _a_guides_setting(body, m):
            continue    # 分辨率1024*768, 设置6位数字密码: what a guide tells its users to set, no measure
        if is_change(body[:m.start()], body[m.end():]) or (m.group("unit") in ("%", "％", "个百分点")
                                                             and NEWLY_ADDED.search(body, 0, m.start())):
            continue  # 较上年提高4.3 / 材料减少70% / 从10TB(增长到…) / 办事率新增5个百分点: a change or a starting
            #           point, not a level (新增下线749家 counts what is new: a level)
        counted = name_after(body[m.end():])    # what the figure counts, named after it (474个事项…)
        name = index or metric_name(body[:m.start()]) or metric_name(after_last_name(body, named, s, m)) \
            or counted or (m.group("unit") or "数量")
        if BARE_VERB.fullmatch(name) and m.group("unit") in COUNT_UNITS:
            name += counted or ""     # 建成6个数据库: 建成数据库, not 建成
        # 全省/我国 carry a figure only where no platform, body or place is named before it
        at = s.start + m.start()
        subject = figure_subject(named, at, text, s.start) or figure_subject(generic, at, text, s.start)
        sized = _size_of_what_follows(body, m, named, s)     # 面积约1.2万平方米的南昌市民中心
        if sized is not None:
            name = without_subject(name, subject) if subject is not None else name   # (该区投资 → 投资)
            name = BUILT_WITH.split(name)[-1] or name       # (…投资约900万元建成占地 → 占地)
            name = re.sub(r"^.{0,12}?(?=投资)", "", name) or name             # (某县投资 → 投资)
            name, subject = re.sub(r"^(?:该|本|全|我)[省市区县]", "", name) or name, sized
        if subject is not None and (own_subject_in_parallel(text, subject, s.start + m.start(), s.start)
                                    or unnamed_label(text, named, subject, s.start + m.start())):
            subject = None      # A收到评价数…，实体大厅收到评价数645313条; A2265件、邮政公司1892件: another's
        if subject is not None and (one_of_a_list(text, subject, s.start + m.start()) or subject.key in shared):
            shared.add(subject.key)
            subject = None      # 政务服务网、粤省事、粤商通、政务APP…收到的有效评价中，非常满意…，满意…: all of theirs
        cited = subject if subject is not None and subject.type == "Policy" \
            and CITED_AS_BASIS.search(text, 0, subject.start) else None
        if cited is not None:   # 对照《检查指标》，经对全省510家网站检查，合格率…: the measure it was checked against
            #                     measures nothing; the place checked does, or else the body that checked
            subject = next((n for n in reversed(generic) if n.type == "Region" and s.start <= n.start < at), None) \
                or figure_subject([n for n in named if n.key != cited.key], at, text, s.start)
        if subject is not None and subject.type == "Policy":    # 全市…290台 in a plan's text: the place's, not the plan's
            subject = place_in_clause(generic, named, body, m, s) or (
                None if plan_content(text, subject, s.start + m.start(), s.start + m.end())
                else acting_under(text, subject, named, s) or title_opening(subject, entities or {})) or (
                None if LAW.fullmatch(subject.text) else subject)   # (行政许可法实施以来，…取消…500余项: no law's)
        elif subject is not None and subject.type == "Report" and OWN_YEARLY_REPORT.search(subject.text):
            subject = place_in_clause(generic, named, body, m, s) or acting_under(text, subject, named, s, PUBLISHED) \
                or title_opening(subject, entities or {}) or subject   # 曲靖市发布2023年法治政府建设年度报告，全市…
            #                                   420件: the place's or body's own year, not the report's finding
        elif subject is not None and subject.type == "Report" and not SELECTED_INTO.match(body, m.end()) \
                and not _counts_places(body, m):
            subject = place_in_clause(generic, named, body, m, s, lead=4) or subject   # 《报告》…，全国六类…在线
            #        办事率达68.2%: the country's, as the report says (but 我省25个场景入选, 全国58个城市参与: what the
            #        report holds or drew on)
        elif subject is not None and subject.type == "Agency":  # 省营商局深入开展…，全省…可网办率达100%: the
            subject = place_in_clause(generic, named, body, m, s, lead=4) or place_going_on(generic, named, subject,
                                                                                           out, body, m, s) or subject
            #  (place's, not the reporter's; …，全省新建5G基站1万个，累计开通5G基站14万个: the place's still)
        if subject is not None:
            subject = place_of_part(generic, named, body, m, s, subject) or subject
            subject = place_using_national_platform(generic, subject, body, s.start + m.start(), s) or subject
            site_place = place_of_sites(generic + named, body, m, s, subject)
            if site_place is None and subject.type == "Platform" and counts_sites(body, m) \
                    and sites_of_a_place(text, subject, at):
                site_place = own_place(places or {}, s, m)   # 在“报送系统”中登记的政务新媒体有51个
            if site_place is not None and subject.type == "Platform":
                counted_in[subject.key] = site_place    # (…不合格5个，合格率99.6%: the same sites' rate)
            elif subject.key in counted_in and m.group("unit") in ("%", "％", "个", "家"):
                site_place = counted_in[subject.key]
            subject = site_place or subject
        rater = report or next((n for n in reversed(named) if n.type == "Report" and n.end <= s.start + m.start()), None)
        if rater is not None and _counts_places(body, m) and (subject is None or _rates_places_in(subject, body, m)):
            subject = rater     # (《报告》…聚焦我国31个省级政府: the same sentence's report)
        elif rater is not None and subject is not None and subject.type in ("Agency", "Organization") \
                and m.group("unit") in ("个", "家") and (RATED_BY.match(body, m.end()) or (out and out[-1].subject == rater.key)):
            subject = rater     # 中国软件评测中心对937家政府网站进行了评估，包括64家部委…: what the report rated
        if subject is None and topic is not None and (cited is None or topic.key != cited.key) \
                and (topic.type != "Region" or not names_in_clause(named, s, m)) \
                and _goes_on_with(topic, body, m, [n for n in named if n not in counted_examples(named, at, text)
                                                   and not chose_what_is_counted(text, n)], s, out):
            subject = topic
        if subject is None or (subject.type == "Region" and (not GENERIC_PLACE.match(subject.text)
                                                             or JOINING_BODIES.match(body, m.end()))):
            subject = _platform_joined_after(body, m, named, s) or subject   # 亳州市47家市直单位…全部纳入X: X's
            # count (but 全省11个设区市…全部纳入X counts the province's cities; 全市43家公立医院…均已接入该平台:
            # the bodies the platform took in)
        elif subject.type in ("Platform", "Agency") and subject.start < s.start + m.start() \
                and "、" not in body[m.end():clause_end(body, m.end(), "，；。,;")]:   # (…1200项、接入B服务86项: A's)
            subject = _platform_joined_after(body, m, named, s, PUT_INTO) or subject   # 依托A，将310项服务纳入B: B's
        if subject is not None and case_counter is not None and MAILBOX.search(subject.text) \
                and "热线" in case_counter.text and LETTERS.fullmatch(text, subject.end, s.start + m.start()) \
                and re.search(r"[\u4e00-\u9fff]", text[s.start:subject.start]):   # (市长信箱来信860件。 opening its
            #                                                                        own section: the mailbox's)
            subject = case_counter     # 书记信箱40件、县长信箱43件 in a hotline's report: letters it handled
        later = s.start + clause_end(body, m.end(), "，；。,;") if m.group("unit") in CASE_UNITS else s.end + 1
        #   (交办…2388件，县热线办直办107件: cases counted before a body named in a later clause; not 新增市场主体3200户，县…局…)
        if subject is None and all(is_channel(text, n) or chose_what_is_counted(text, n) or n.start >= later
                                   for n in named) \
                and not opens_on_a_word_for_place(body, named, s) \
                and not GENERIC_PLACE.search(clause_of(body, m).replace("占全", "占")):
            subject = case_counter     # (全市消费者投诉…，涉及金额320万元: the place's, not the centre's)
        if subject is None:
            subject = told_by_its_head(text, named, s, m)   # 据某中心主任李某介绍，大厅设前台位148个: the centre's
        if subject is None and counts_sites(body, m):
            subject = sites_owner = own_place(places or {}, s, m)   # 列入绩效评估的县区网站共9个: the page's place's
        elif subject is None and sites_owner is not None and m.group("unit") in ("个", "家"):
            subject = sites_owner      # (…共9个，90分以上4个: how many of them scored so)
        if subject is None or (subject.type != "Platform" and EVENT_FIGURE.search(name + "|" + clause_of(body, m))):
            continue    # (大赛共吸引900名选手参赛, 峰会签约项目308项, 一等奖1名: an event's figures, no entity's)
        name = without_subject(name, subject)
        if name == subject.text or GENERIC_PLACE.fullmatch(name):     # 该区1772个政务服务事项, 全市43家公立医院…接入
            name = counted or name                                     # 该平台: the words after the figure name it
        unit = m.group("unit")
        value = parse_number(m.group("num"), unit if unit in ("%", "％") else m.group("mult"))
        op = OPS.get(m.group("op"), "=")
        if m.group("more") == "以上":
            op = ">="      # 90%以上: at least, as 不低于
        elif m.group("more") or m.group("more0") or m.group("more1") or m.group("more2"):
            op = ">"       # 1万余, 3千多万: more than
        elif m.group("less"):
            op = "<="      # 1.3以下, 3秒以内: at most
        out.append(Metric(subject.key, name, value, op, "%" if unit in ("%", "％") else unit,
                          s.index, s.start + m.start(), s.start + m.end(), as_of=as_of_date(body[:m.start()])))
    return shared_by_list(text, named, respectively(text, s, named, out)) + sentence_ranks(text, s, generic)


#: Units of a thing's size or cost, which a modifier gives it: 面积约1.2万平方米的…中心, 投资80万元的…系统.
SIZE_UNITS = ("元", "平方米", "平米", "平方公里", "亩", "公顷", "公里", "千米")
#: Money spent to build what the clause names next: 投资约900万元建成（占地…的）X.
BUILT_WITH = re.compile(r"[，,]?(?:建成|建设|打造|新建)了?")


def _size_of_what_follows(body: str, m: re.Match, named: list[Named], s: Sentence) -> Named | None:
    """The body, platform or organization a size or a cost is of, written before its name (…1.2万平方米的
    南昌市民中心, 投资80万元的…系统) or the investment that built it (投资约900万元建成…的X)."""
    if m.group("unit") not in SIZE_UNITS:
        return None
    things = [n for n in named if n.type in ("Agency", "Platform", "Organization")]
    built = BUILT_WITH.match(body, m.end()) if re.search(r"投资[约近超逾]?$", body[:m.start()]) else None
    if built:
        end = clause_end(body, built.end(), CLAUSE_OR_SENTENCE_MARKS)
        thing = next((n for n in things if s.start + built.end() <= n.start < s.start + end), None)
    else:
        after = re.match(r"的[“\"]?", body[m.end():])
        thing = next((n for n in things if n.start == s.start + m.end() + after.end()), None) if after else None
    if thing is None or re.match(r"[”\"]?(?:[、和及与]|等)", body[thing.end - s.start:]):
        return None     # (投资500万元建成A、B等5个场馆: what the whole list cost)
    return thing


def _a_time_limit(body: str, m: re.Match) -> bool:
    """5个工作日内回复, 应在5个工作日, 企业开办全流程1.5个工作日: a limit a body promises or sets, not a measured
    time (平均办理时间1.5个工作日, 办理周期平均2.3个工作日); 由15个工作日缩短为…: where a cut started from."""
    clause = body[clause_start(body, m.start(), "，。；,;"):m.start()]
    measured = DURATION_NAME.search(CHANGE_TAIL.sub("", body[:m.start()])) or re.search(r"平均|耗时|均值", clause)
    required = re.search(r"须|应|要求|力争|目标|承诺|需在|必须|到20\d\d年", clause)   # (平均每件诉求须在3个工作日内办结)
    return not measured or bool(required) or bool(re.match(r"(?:压缩|缩短|减少|降低|精简)", body[m.end():]))


#: In a figure's name or clause: an event's participants, prizes and deals (contests, summits, expos), which
#: measure no body, place or report (none of about 1,300 annotated figures is one).
EVENT_FIGURE = re.compile(r"参赛|选手|报名参[加赛]|晋级|获奖|[一二三]等奖|优秀奖|奖项|嘉宾|参会|参展|与会|观众|赛道|决赛|复赛|"
                          r"初赛|展商|展位|签约项目|签约金额|对接项目|参观人数|参观人次")


#: After a number: the second of a size written as two (分辨率1024*768, 358×441像素).
TWO_NUMBER_SIZE = re.compile(r"\s*[*×xX＊]\s*\d")
#: After a count of digits (位): the code or password they make up (6位数字密码, 18位统一社会信用代码).
CODE_OF_DIGITS = re.compile(r"(?:数字|短信|手机|动态|统一社会信用|社会信用|身份证|支付|校验|纯数字)?"
                            r"(?:密码|验证码|校验码|口令|代码|编码|号码|号)(?!学|专家|审计|识别|人员|工程师|员|管理|工作|开发)"
                            r"|数(?=的|以上|以内|[，。、；])")
#   (not 18位数据分析师, 8位专家审核编码规则, 12位数学博士: people counted)


def _a_guides_setting(body: str, m: re.Match) -> bool:
    """What a service guide tells its users to set, not a measure of anything: a size written as two
    numbers, the length of a code in digits. (What each user may do, 每人可为8个家属代为申领, annotators
    keep as the service's figure.)

    >>> from govkg.loaders.figure_words import NUMBER
    >>> def settings(text):
    ...     return [m.group("num") for m in NUMBER.finditer(text) if _a_guides_setting(text, m)]
    >>> settings("最低分辨率为1024*768，设置6位数字密码，每人可为8个家属代为申领")
    ['1024', '768', '6']
    >>> settings("平台注册用户达到120万人，每人次平均等候12分钟，每户平均节省120元，共有18位工作人员，35位数据工程师")
    []
    """
    if TWO_NUMBER_SIZE.match(body, m.end()) or body[:m.start()].rstrip().endswith(("*", "×", "x", "X", "＊")):
        return True
    return m.group("unit") == "位" and bool(CODE_OF_DIGITS.match(body, m.end()))


#: Before a duration in days that is a measure: 平均办结时长6.8天, 平均单件实际完成时间1.72天.
DURATION_NAME = re.compile(r"(时长|时间|时限|用时|周期)(为|是|达到|达|约|仅)?$")
#: A sentence of a work report opens on what was done; its unnamed actor is the body reporting.
WORK_DONE = re.compile(r"(推进|推动|加快|完成|深化|开展|实施|建设|建立|健全|完善|构建|打造|强化|加强|优化|提升|创新|启动|组织|印发|出台)")


def sentence_topic(text: str, s: Sentence, named: list[Named], figures: list[Metric] = ()) -> Named | None:
    """The platform a sentence is about: the one its last figure measures (…，“赣服通”实名用户达到
    1382.8万人), else the one it opens on (“贵州政务服务网”首批接入…; 目前，“粤省事”…). The next
    sentence's figures are about it when that sentence names nothing of its own."""
    if figures:
        last = next((n for n in named if n.key == figures[-1].subject), None)
        return last if last is not None and (last.type == "Platform" or SERVICE_BODY.search(last.text)
                                             or (last.type == "Region" and _about_one_place(text, s, named))) else None
    platforms = [n for n in named if n.type == "Platform" and not listed_number(text, n)]   # (将12328、12329等…)
    if platforms and opens_clause(text, platforms[0], named, s.start) \
            and not any(n.start < platforms[0].start for n in named if n.type != "Platform"):
        return platforms[0]
    if _about_one_place(text, s, named):
        return named[0]     # 2022年，北京市数字经济赋能新发展。: the place the next sentences' figures are of
    if platforms and all(n.key == platforms[0].key for n in named) \
            and PUT_TO_USE.fullmatch(text, s.start, platforms[0].start):
        return platforms[0]     # 一、建成全省疫情防控信息服务数据库。/ 全面推广应用“粤省事”…: the one thing it names,
        #                         put to use in its opening words
    return None


#: A sentence's opening words putting a platform to use (一、建成…, 迅速启用“…”, 全面推广应用“…”, 运用“…”).
PUT_TO_USE = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[\u4e00-\u9fff]{0,4}?"
                        r"(?:建成|启用|上线|推广(?:应用|使用)?|运用|推出|开通|打造|搭建|用好)了?[“《]?")
#   (not 依托“一网通办”平台…: relying on it for something else, whose figures follow)


def _about_one_place(text: str, s: Sentence, named: list[Named]) -> bool:
    """The sentence opens on a place and names nothing else, and it is a sentence (…。), not a heading
    or a site's breadcrumbs (中国西藏网 > 即时新闻)."""
    return bool(named) and named[0].type == "Region" and all(n.key == named[0].key for n in named) \
        and opens_clause(text, named[0], named, s.start) and s.text.rstrip().endswith(("。", "！", "；")) \
        and not re.search(r"[>＞›»]", s.text)


#: A body that serves the public at a counter or a phone, counting its cases as a platform does.
SERVICE_BODY = re.compile(r"(服务中心|热线中心|办事大厅|审批局|服务局)$")
#: A law named by itself (网络安全法, 中华人民共和国数据安全法): it measures nothing of what is done under it.
LAW = re.compile(r"《?(?:中华人民共和国)?[\u4e00-\u9fff]{1,16}(?<!办)法典?》?")   # (not 管理办法, a measure)
#: What a platform counts: users, visits, services, matters, certificates, cases, payments (not a
#: province's product, population or counties: …全年地区生产总值达到4.7万亿元).
PLATFORM_FIGURE = re.compile(r"(用户|访问|浏览|下载|点击|调用|办件|业务|缴费|交易|金额|人次|日活|月活|好评|评价|"
                             r"服务|事项|证照|亮证|应用|功能|场景|入驻|接入|受理|办结|满意|评议|回访|工单|诉求|来电|提速|"
                             r"投诉|咨询|求助|举报|表扬|转办|直办|派单|留言|整合|通话|接听|呼入|话务)")
#: What a platform holds as data (汇聚31个部门37亿条数据记录, 采集申报数据3.26万条): a platform's, not a place's
#: (全年专利申报量达5.6万件 after a sentence about the city stays the city's).
DATA_FIGURE = re.compile(r"数据(?=\d|记录|量)|采集|汇聚|归集|接口")


def _goes_on_with(topic: Named, body: str, m: re.Match, named: list[Named], s: Sentence, out: list[Metric]) -> bool:
    """Whether a figure whose sentence names nothing before it is the topic platform's: its clause
    names nothing (not even 全省/我市), no quoted name we did not know stands before it, the sentence
    does not open on work done (推进…试点，汇聚电子证照615类: a work report's body did it), and it
    counts what a platform has, or is a share right after one of the topic's figures (…，占…66%)."""
    clause = clause_of(body, m)
    parts = PARTS_OF_TOTAL.search(body, 0, m.start())
    bracketed = parts is not None and parts.group(0)[0] in "(（"
    if parts and (not re.search(r"[)）]", body[parts.start():m.start()]) if bracketed else "其中" in clause):
        #   全省共受理业务2143249笔(其中审核通过业务…，不受理业务586笔): a part of the total before it (but after
        #   ，其中营业执照412500张，系统日均调用量…: only the 其中 clause)
        clause = body[clause_start(body, parts.start(), "，；。：,;"):m.start()]
    if names_in_clause(named, s, m) or GENERIC_PLACE.search(clause.replace("占全", "占")) \
            or opens_on_a_word_for_place(body, named, s) \
            or _quotes_a_name(body[:m.start()]) or WORK_DONE.match(body) or NEW_FRAME.match(body):
        return False
    if topic.type == "Platform" and any(n.end <= s.start + m.start() and n.key != topic.key and n.type == "Region"
                                        for n in named):
        return False    # 以郑州为例，该市…，公共数据累计归集超1200亿条: the place's, not the platform's before
        #                 (but 记者从省数据资源局获悉，累计办件量…: a body telling the platform's figure)
    if topic.type == "Region":      # a place's own measures (增加值, 比重); what a platform or a centre counts
        return not PLATFORM_FIGURE.search(body) and not OTHER_THAN_THE_PLACE.search(body)   # (共办理事项614件), what
        #   a company or a project has (该公司…), a target (到2025年…) or the country's is not the place's by carrying over
    if "清单" in clause:
        return False    # (依托…平台…。到2023年5月，发布…共享责任清单7144条: lists a place's bodies draw up, no platform's count)
    return bool(PLATFORM_FIGURE.search(clause) or DATA_FIGURE.search(clause)) or bool(out and out[-1].subject == topic.key)


#: After a count: bodies, not places, that a platform may take in (43家公立医院, 231家卫生院, 15家民营机构).
JOINING_BODIES = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|机构|单位|部门|企业|银行|学校|中心)")


#: Where the parts of a total begin: (其中…, ，其中….
PARTS_OF_TOTAL = re.compile(r"[(（，,]其中(?!.*[(（，,]其中)")


#: Words that make a sentence about something other than the place the sentence before opened on:
#: 该公司, 其, 上述3个区, 全国平均, 东部地区, a target (到2025年, 预计, 力争) or a meeting's words (会议强调).
OTHER_THAN_THE_PLACE = re.compile(r"该|其(?!中)|上述|此|这|全国|地区(?!生产总值)|平均|预计|力争|目标|到20\d\d年|将|强调|指出|要求|企业|公司|项目|集团")
#: A sentence opening on a frame of its own (从省级行政许可事项来看，…): about what the frame names, not the topic.
NEW_FRAME = re.compile(r"(?:从|就)[^，。；,;]{1,20}(?:来看|看|而言|来说)[，,]")


def _quotes_a_name(before: str) -> bool:
    """A quoted name we may not know stands before the figure (not a quoted way of doing, “一站式”, “最多跑一次”)."""
    return any(not DESCRIPTOR.search(q.group(1)) and not is_slogan(q.group(1)) for q in QUOTED_WORDS.finditer(before)) \
        or before.count("“") > before.count("”")


QUOTED_WORDS = re.compile(r"“([^“”]{1,16})”")


COUNT_UNITS = ("个", "家", "项", "套", "类", "条", "部", "款")
#: What a hotline's or a centre's report counts its cases in, and a body's yearly report its work (期, 场).
CASE_UNITS = ("件", "宗", "通", "次", "人次", "条", "封", "个", "项", "期", "场")
#: A leader's mailbox (书记信箱, 市长信箱): letters come in there, and the page's hotline or body handles them.
MAILBOX = re.compile(r"信箱[”]?$")
#: Between a mailbox and its count: what came in through it (书记信箱信件41件, 省长信箱转派工单23件).
LETTERS = re.compile(r"[”]?(?:来信|信件|邮件|留言|转派工单|工单)?(?:共|为)?")
#: Just before a platform: what is put into it (…310项服务事项纳入“赣服通”萍乡分厅), whoever put it there.
PUT_INTO = re.compile(r"(纳入|接入|接入到|汇入|汇聚到|迁移到|迁入|入驻)[“《]?$")
#: Just before a platform: what is connected to it (…系统与省一体化平台对接, …接入“X”).
JOINED_TO = re.compile(r"(与|接入|接入到|纳入|汇入|汇聚到|对接到|迁移到|迁入|可(?:直接)?(?:使用|通过|依托|在))[“《]?$")   # (325项可直接使用X在线审批)


def _platform_joined_after(body: str, m: re.Match, named: list[Named], s: Sentence,
                           verbs: re.Pattern = JOINED_TO) -> Named | None:
    """A figure with nothing (or only a named place) before it, counting what its clause connects to a
    platform: 省级69个、市级136个自建系统与省一体化平台对接 counts the platform's connected systems, and so does
    亳州市47家市直单位…全部纳入X."""
    end = s.start + clause_end(body, m.end(), "，；。,;")
    for n in named:
        if n.type == "Platform" and s.start + m.end() <= n.start < end and m.group("unit") in COUNT_UNITS \
                and verbs.search(body[m.end():n.start - s.start]):
            return n
    return None


#: Right before a document cited as the measure or ground of what follows (对照《指标》, 根据《条例》).
CITED_AS_BASIS = re.compile(r"(?:对照|按照|根据|依据|依照|参照|遵照)[^，。；《》]{0,12}[《“]?$")


PLACE_WORDS = r"(省级政府|省份|省（区、市）|省\(区、市\)|地级行政区|地级市|重点城市|城市|地市|区县|县区|省级)"
PLACE_COUNT = re.compile(r"(个)?" + PLACE_WORDS)
#: 共检查政府网站328个, 选取35个重点城市作为样本: what a report inspected or sampled.
INSPECTED = re.compile(r"(检查|抽查|评估|测评|选取|样本|聚焦)[^，,。；]{0,10}$")
#: 全国地级行政区中，“创新领先”类14个: a count of the rated places in one of the report's groups.
AMONG_PLACES = re.compile(PLACE_WORDS + r"中[，,][^。]*$")


INDEX_AFTER = re.compile(r"(总体指数|综合指数|总指数|指数|总分|得分)")


#: Just before a score: the index it is (在线服务指数是0.8876, 电子政务发展指数(EGDI)为0.8119, 指数由1000上升至5610.60).
INDEX_BEFORE = re.compile(r"(指数|得分|总分)(?:[(（][A-Za-z]{2,6}[)）])?(?:是|为|达到|达|(?:[由从][\d.]+)?(?:上升|提升|提高|增)[至到])$")


def _index_word(body: str, m: re.Match) -> str | None:
    """湖北以88.04总体指数位列…: a score written with decimals before the word for it (总体指数), or
    after it (中国的在线服务指数是0.8876)."""
    if "." not in m.group("num") or m.group("unit") or m.group("mult"):
        return None
    word = INDEX_AFTER.match(body, m.end())
    if word:
        return word.group(0)
    before = INDEX_BEFORE.search(body, 0, m.start())
    return (metric_name(body[:before.end(1)]) or before.group(1)) if before else None


#: What a report rates: governments or places, counted (31个省级政府, 333个城市政府, 338个城市).
RATED_PLACES = re.compile(r"个?(省级政府|城市政府|地市级政府|省份|省（区、市）|省\(区、市\)|地级行政区|重点城市|城市(?!平台)|地级市)")
RATES = re.compile(r"(评估|聚焦|涉及|覆盖|选取|测评|检查|抽查)")
#: After the count of what a body rated: 对937家政府网站进行了评估.
RATED_BY = re.compile(r"[^，。；]{0,24}?(进行了?|开展了?)?(综合)?(评估|测评|评价|抽查|检查)")


def _rates_places_in(subject: Named, body: str, m: re.Match) -> bool:
    """聚焦我国31个省级政府和333个城市政府: the places a report rates, counted inside the country (or
    province) named before them: the report's figure, not the country's."""
    return subject.type == "Region" and bool(RATED_PLACES.match(body, m.end())) and bool(RATES.search(body, 0, m.start()))


def _counts_places(body: str, m: re.Match) -> bool:
    """16个省级政府…, 占比50% after such a count, 共检查政府网站328个: figures about the places or
    sites a report rates."""
    after = body[m.end():m.end() + 8]
    if PLACE_COUNT.match(after) or INSPECTED.search(re.split(r"[，,。；]", body[:m.start()])[-1]):
        return True
    if m.group("unit") == "个" and AMONG_PLACES.search(body[:m.start()]):
        return True
    clause_before = re.split(r"[。；]", body[:m.start()])[-1]
    return bool(re.search(r"占比|比例", body[max(0, m.start() - 4):m.start()])) and bool(
        re.search(r"\d+个(省级政府|省份|城市)", clause_before))


#: After a count: what is counted was chosen into a report (我省25个数字政府应用场景入选), so the report holds it.
SELECTED_INTO = re.compile(r"[^，。；,;]{0,20}?(?:入选|被收录|被列入|列入)")


#: Just before a share or a rate: 新增 is its change (网上办事率新增5个百分点).
NEWLY_ADDED = re.compile(r"新增了?$")     # (新增办件好评率99.9%: a rate of the new cases, a level)


def _inside(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start() and m.end() <= b for a, b in spans)
