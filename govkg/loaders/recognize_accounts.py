"""New-media accounts named as accounts: by their handle (@成都发布) or listed in one quotation after
the kind they are (微信公众号“畅通虞城、虞城民政”)."""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .places import leading_regions, names_a_place
from .resources import Gazetteer
from .tokens import WORD_CHARS, mention


#: The words for the kinds of new-media account written after an account's name (“吴忠民政”微信公众号,
#: “平城城管”抖音号): one list for the recognizer and the resolver, longest of a shared start first.
ACCOUNT_KINDS = "微信公众号|微信订阅号|微信服务号|公众号|订阅号|服务号|视频号|抖音公众号|抖音号|头条号|快手号|百家号"
#: The channels a new-media account is named before on its own (“上海发布”微信, “X”政务微博).
SOCIAL_CHANNEL = re.compile(r"(?:政务)?(?:微信|微博)")
#: A new-media account by its handle (@成都发布、@正义随州 三家单位, @上海发布获…): up to a space,
#: a mark, another handle, or a word the sentence goes on with (a verb, a preposition, an adverb).
ACCOUNT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.])@([\u4e00-\u9fffA-Za-z0-9_·]{2,16}?)"
                            r"(?=[\s、，,。；;：:“”（()）@！!？?]|$|等|的|获|占据|成为|跌出|位列|位居|排名|入选|荣获|分列|分别|"
                            r"和|与|及|在|将|累计|通过|转发|回复|称|表示|发出|账号|帐号|阅读量|粉丝|"
                            r"(?:发布|推出|转发|开展|开通|发出|举办|上线|开设|推送|做|发|开|推)了)")
#: Inside what reads as a handle: words a sentence goes on with, so the handle's end was not found
#: (single characters such as 共, 都 are not stops: @成都共青团, @健康成都官微).
HANDLE_RUNS_ON = re.compile(r"\d|发布信息|反映|留言|显示|指出|介绍|第一时间|均为|以上|增长")


def account_handles(sentence: Sentence) -> list[Mention]:
    """Accounts named by their handles, each a platform (a Weibo or WeChat account) under that name
    (not where the handle runs on into the sentence: @上海发布共发布信息120条 names no account for sure)."""
    return [mention(sentence, m.start(1), m.end(1), "Platform", "account-handle")
            for m in ACCOUNT_HANDLE.finditer(sentence.text)
            if WORD_CHARS.match(m.group(1)) and not HANDLE_RUNS_ON.search(m.group(1))]


#: A kind of account, then the accounts' names in one quotation (微信公众号“畅通虞城、虞城民政”).
ACCOUNTS_NAMED = re.compile(r"(?:微信公众号|公众号|政务微博|微博|头条号|抖音号|视频号|微信小程序|小程序)[:：]?“(?P<run>[^“”]{2,120})”")
#: After such a quotation: the parts of one account it named (…”三个栏目, …”板块).
SECTIONS_AFTER = re.compile(r"[一二三四五六七八九十两\d]*个?(?:栏目|板块|专栏|菜单|功能|频道)")
#: A body's own name in such a list: the body, left to the agency rules.
BODY_ENDING = re.compile(r"(局|厅|委|办|院|中心|政府|所|队|处|站|馆|(?<!人)社|台)$")   # (平安人社: an account's name)


def listed_accounts(sentence: Sentence) -> list[Mention]:
    """The accounts a quotation lists after the kind they are (微信公众号“A、B、C”): each a platform,
    but for a body's own name (商丘市医保局), which names the body."""
    out = []
    for m in ACCOUNTS_NAMED.finditer(sentence.text):
        if SECTIONS_AFTER.match(sentence.text, m.end()):
            continue    # 微信公众号“我要投诉、我要咨询”三个栏目: an account's sections, not accounts
        at = m.start("run")
        for item in m.group("run").split("、"):
            name = item.strip()
            if 2 <= len(name) <= 16 and WORD_CHARS.match(name) and not BODY_ENDING.search(name):
                start = at + item.index(name)
                out.append(mention(sentence, start, start + len(name), "Platform", "account-listed"))
            at += len(item) + 1
    return out


#: What a list of accounts is counted as, right after its last item (…天府发布等30个账号, “奇妙优选”等15款小程序,
#: 微记账等38款App): the items before it are accounts or apps (not 等30个城市, 等20个部门: places and bodies).
COUNTED_AS_ACCOUNTS = re.compile(r"等\s*(?:(?:近|约)?[\d一二三四五六七八九十两百千几]+(?:余|多)?\s*(?:个|款|家)\s*)?"
                                 r"(?:[\u4e00-\u9fff]{0,6}?(?:类|级)?)"
                                 r"(?:政务新媒体|新媒体账号|新媒体|政务账号|账号|帐号|微信公众号|公众号|政务微博|微博|视频号|抖音号|头条号|"
                                 r"快手号|微信小程序|小程序|移动互联网应用程序|移动应用|手机应用|应用程序|App|APP|app|客户端)(?:账号|帐号)?"
                                 r"(?!宣传|主题|工作|建设|管理|内容|渠道|阵地|功能|服务|技术|开发|检测|监管|栏目|"
                                 r"专栏|页面|形式|方式|载体)")
#   (not “放管服”“优化营商环境”等政务新媒体宣传主题: what the accounts write about)
#: The list before such a count, back to the clause's start: names joined by 、 or quoted one after another,
#: an account's handle (@) and owner (@四川交通/四川省交通运输厅: the account, then its body) kept apart.
_COUNTED_ITEM = r"@?(?:“(?P<quoted>[^“”、，,。；;]{2,24})”|(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,24}))(?:/[^、，,。；;\s“”]{2,20})?"
COUNTED_ITEM = re.compile(_COUNTED_ITEM)
COUNTED_LIST = re.compile(rf"{_COUNTED_ITEM}(?:(?:、|和|及|与|(?<=”)(?=@?“)){_COUNTED_ITEM})*$"
                          .replace("?P<quoted>", "").replace("?P<name>", ""))
#: What the items of such a list are when they name no account: fields, kinds of body, levels, grades and
#: states of accounts (教育、卫健等政务新媒体; 党政机关、事业单位; 省级、市级; 优秀、良好; “僵尸号”“睡眠号”; 更新不及时).
NOT_AN_ACCOUNT_ITEM = re.compile(r"^.{1,2}$|\d+\s*[款个家]|^[全各本我该][省市县区州]?|级$|类$|"
                                 r"机关|单位|部门|乡镇|街道|企业|学校|医院|僵尸|睡眠|空壳|更新|停更|不及时|回应差|"
                                 r"违规|违法|问题|失效|关停|注销|开通|注册|优秀|良好|合格|先进|典型|重点|其他|部分")
#: The model's tags for words a clause opens with before the first name of a list, not a name's own words.
CLAUSE_WORD_TAGS = {"p", "u", "c", "r", "w"}


def _after_the_clauses_words(text: str, a: int, b: int, tokens) -> int:
    """Where the first name of a list begins, past the clause's own words run into it (工信部点名|掌上公交,
    国家网信办公布了|四川发布, 其中包括|交管12123): after the last function word, or verb before another word,
    that the model reads inside the span; without the model's words, after an opening word (关于, 包括, 通报…)."""
    if tokens is None:
        opening = LIST_OPENING.match(text, a, b)
        return opening.end() if opening and b - opening.end() >= 2 else a
    inside = [t for t in tokens if t.start < b and t.end > a]
    cut = a
    for i, t in enumerate(inside[:-1]):
        if t.tag in CLAUSE_WORD_TAGS or (t.tag in ("v", "vn") and len(t.text) >= 2):
            cut = max(cut, min(t.end, b))     # (a verb of two characters or more, before another word)
    return cut


def _listed_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The names a counted list holds between ``start`` and ``end``, each (start, end, quoted); names joined by
    和/及/与 are two (四川发布和成都发布)."""
    out = []
    for item in COUNTED_ITEM.finditer(text, start, end):
        if item.group("quoted"):
            out.append((item.start("quoted"), item.end("quoted"), True))
            continue
        a = item.start("name")
        for joint in re.finditer(r"(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff]{2})", item.group("name")):
            out.append((a, item.start("name") + joint.start(), False))
            a = item.start("name") + joint.end()
        out.append((a, item.end("name"), False))
    return out


#: The kinds of account and the channels themselves, listed beside accounts (政务微博、抖音号等新媒体): no account.
CHANNEL_NAME = re.compile(rf"(?:政务)?(?:{ACCOUNT_KINDS}|抖音|快手|今日头条|头条|微信|微博|小红书|哔哩哔哩|B站|客户端|APP|App|app|"
                          rf"小程序|网站|门户网站|新媒体)$")
#: Words that open such a list and run into its first name when it is not quoted (关于微记账等…, 检测发现微记账),
#: matched from where the first name begins.
LIST_OPENING = re.compile(r".*?(?:关于|其中|包括|例如|比如|发现|显示|涉及|分别是|分别为|以及|通报|督促|要求|尚有|共有|通过|关注|"
                          r"约谈|下架|整改|检测|对|将|把|有)")


def counted_accounts(sentence: Sentence, g: Gazetteer, tokens=None) -> list[Mention]:
    """The accounts or apps a list names before the count of them (四川教育发布、成都发布、天府发布等30个账号,
    “奇妙优选”“刷刷乐”等8款App): each a platform, but for a body's or a place's own name, left to their rules.

    >>> from govkg.loaders.resources import Resources
    >>> g = Resources(use_ner=False).gazetteer
    >>> def names(text):
    ...     return [m.text for m in counted_accounts(Sentence(0, text, 0, len(text)), g)]
    >>> names("其中，四川教育发布、天府发布等30个账号获评"), names("关于微记账等38款App违法违规收集个人信息")
    (['四川教育发布', '天府发布'], ['微记账'])
    >>> names("检测发现“奇妙优选”“刷刷乐”等8款App存在问题"), names("@四川交通/四川省交通运输厅、四川商务等25个政务新媒体")
    (['奇妙优选', '刷刷乐'], ['四川交通', '四川商务'])
    >>> names("北京、上海等10个城市"), names("市公安局、四川等20个政务新媒体"), names("全省开通了政务微博、抖音号等新媒体")
    ([], [], [])
    >>> names("“探奇乐园会员中心”等15款小程序"), names("已开设政务微博、微信、客户端等新媒体的部门")
    (['探奇乐园会员中心'], [])
    >>> names("工信部通报微记账、天天理财等12款App"), names("全市教育、卫健、交通等政务新媒体"), names("关闭“僵尸号”“睡眠号”等账号86个")
    (['微记账', '天天理财'], [], [])
    >>> names("四川发布和成都发布等2个账号入选"), names("平安四川、四川消防等30余个账号"), names("“掌上生活”“好运来”等百余款手机App")
    (['四川发布', '成都发布'], ['平安四川', '四川消防'], ['掌上生活', '好运来'])
    """
    text, out = sentence.text, []
    for count in COUNTED_AS_ACCOUNTS.finditer(text):
        clause = re.split(r"[，,。；;：:！!？?（()）\s]", text[:count.start()])[-1]
        listed = COUNTED_LIST.search(clause)
        if not listed:
            continue
        at = count.start() - len(clause) + listed.start()
        for k, (a, b, quoted) in enumerate(_listed_spans(text, at, count.start())):
            if k == 0 and not quoted:
                a = _after_the_clauses_words(text, a, b, tokens)
            name = text[a:b]
            if CHANNEL_NAME.match(name) or names_a_place(name, g) or len(name) > 16 or NOT_AN_ACCOUNT_ITEM.search(name):
                continue
            if quoted or (len(name) <= 10 and not BODY_ENDING.search(name) and not NOT_AN_ACCOUNTS_NAME.search(name)
                          and not DESCRIBES_AN_ACCOUNT.search(name)):
                out.append(mention(sentence, a, b, "Platform", "account-listed"))
    return out


#: An account named with the kind of channel it is on in brackets, as inspection bulletins list them
#: (连云港民政(微信)、徐圩警方(新浪微博)): the name runs back to a list's mark or the line's start.
ACCOUNT_IN_BRACKETS = re.compile(r"(?:^|(?<=[、，,：:；;\s“|]))(?P<name>[\u4e00-\u9fffA-Za-z0-9·丨]{2,16})"
                                 r"[（(](?:微信公众号|公众号|微信|新浪微博|腾讯微博|微博|抖音号|抖音|今日头条|头条号|头条|"
                                 r"快手号|快手|视频号)[)）]")


def bracketed_accounts(sentence: Sentence) -> list[Mention]:
    """Accounts listed each with its channel in brackets (海州商务(微信)、徐圩警方(新浪微博)): each a platform,
    but for a body's own name (县公安局(微博)), which names the body's account by the body. Only in a list of
    two or more: one bracket after a clause is a way of paying or asking (线上支付（微信）), no account."""
    found = list(ACCOUNT_IN_BRACKETS.finditer(sentence.text))
    listed = [m for i, m in enumerate(found)
              if any(LIST_JOINT.fullmatch(sentence.text, a.end(), b.start("name")) for a, b in
                     ((found[i - 1] if i else None, m), (m, found[i + 1] if i + 1 < len(found) else None)) if a and b)
              or TABLE_CELL.fullmatch(sentence.text, max(0, m.start("name") - 3), m.start("name"))]   # (| 武定警方(新浪微博) |)
    return [mention(sentence, m.start("name"), m.end("name"), "Platform", "account-listed")
            for m in listed
            if WORD_CHARS.match(m.group("name")) and not BODY_ENDING.search(m.group("name"))
            and not DESCRIBES_AN_ACCOUNT.search(m.group("name"))]


#: Before an account alone in a table's cell: the cell's mark.
TABLE_CELL = re.compile(r".*\|\s*")
#: Between two accounts of a list: a list's mark (、，；) or a space.
LIST_JOINT = re.compile(r"[、，,；;\s]+")
#: What describes an account rather than naming it (开通政务微博(新浪微博), 在公众号(微信)).
DESCRIBES_AN_ACCOUNT = re.compile(r"微博|微信|公众号|账号|帐号|新媒体|渠道|^(?:开通|注册|关注|通过|利用|依托|在|于|及|和|与|其|等|请|可)")


#: A place's release account, named as government accounts are (成都发布, 四川教育发布, 陇南文县发布): standing as a
#: name of its own, after a list's mark, a quote or the line's start, and before a mark, a quote, 等 or its
#: channel (not 在成都发布。, 发布会, a body's 省统计局发布: a verb).
RELEASE_ACCOUNT = re.compile(r"(?:^|(?<=[、，,：:；;“\s（(]))(?P<name>[\u4e00-\u9fff]{2,8}发布)"
                             r"(?=[、，,。；;”）)\s]|$|等|微博|微信|公众号|账号|抖音|头条|"
                             r"(?P<verb>入选|获评|荣获|位列|位居))")
#   (after a verb of ranking only as the last of a list, 四川发布、泸州发布入选…: not 广东发布入选…名单, a headline's
#    verb; a 【…】 tag or 来源： names where the page's text comes from, whose figures are the page's place's)
#: Between the place and 发布: a body (省统计局发布, 市政府发布) or how and when it released something (湖北首次发布,
#: 成都同步发布, 浙江省数据局今天发布): the verb, not an account.
NOT_AN_ACCOUNT = re.compile(r"局|厅|委|办|院|部|署|府|中心|会|社|网|台|报|日|号|正式|率先|首次|首|同步|联合|相继|统一|今|昨|"
                            r"近日|日前|再次|共同|已|也|还|将|新|公开|对外|集中|专门|定期|陆续|分别|一并|刚刚|最新|及时|官方|"
                            r"向|对|于|在|和|与|及|等|均|都|再|又|先|后|同时")


def release_accounts(sentence: Sentence, g: Gazetteer) -> list[Mention]:
    """Accounts named the way governments name their release accounts, a place and 发布 (成都发布、泸州发布,
    “甘肃发布”等10个政务新媒体): each a platform.

    >>> from govkg.loaders.resources import Resources
    >>> g = Resources(use_ner=False).gazetteer
    >>> def names(text):
    ...     return [m.text for m in release_accounts(Sentence(0, text, 0, len(text)), g)]
    >>> names("四川教育发布、成都发布、天府发布等30个账号获评十佳"), names("“甘肃发布”等10个政务新媒体")
    (['四川教育发布', '成都发布'], ['甘肃发布'])
    >>> names("《报告》在成都发布。"), names("成都市统计局发布，全市…"), names("成都发布会将于明天举行")
    ([], [], [])
    >>> names("湖北首次发布，全省…"), names("杭州、宁波联合发布，…"), names("四川发布、泸州发布入选")
    ([], [], ['四川发布', '泸州发布'])
    >>> names("广东发布入选名单"), names("【成都发布】全市新增…"), names("来源：成都发布"), names("江苏、安徽发布”长三角“")
    ([], [], [], [])
    """
    text = sentence.text
    return [mention(sentence, m.start("name"), m.end("name"), "Platform", "account-listed")
            for m in RELEASE_ACCOUNT.finditer(text)
            if (place := _place_opening(m.group("name")[:-2], g)) and not NOT_AN_ACCOUNT.search(m.group("name")[place:-2])
            and not (m.group("verb") and not text.endswith("、", 0, m.start("name")))
            and not (text.startswith("、", m.end("name")) and not _account_follows(text, m.end("name") + 1))
            and not (text.endswith("、", 0, m.start("name")) and _place_before(text, m.start("name") - 1, g))
            and not (text.startswith("”", m.end("name")) and not text.endswith("“", 0, m.start("name")))
            and not re.search(r"来源[:：][^，。；]*$", text[:m.start("name")])]


def _account_follows(text: str, at: int) -> bool:
    """Whether the list item at ``at`` names another account (…发布、成都发布、四川商务), not a verb the first 发布
    shares (浙江发布、实施了…: released and put into force)."""
    return not SHARED_VERB.match(text, at) and not re.match(r"[\u4e00-\u9fff]{1,2}了", text[at:])


def _place_before(text: str, end: int, g: Gazetteer) -> bool:
    """Whether the list item ending at ``end`` is a bare place (上海、江苏发布联合声明: two places release something
    together), not another account (成都发布、重庆发布, 四川商务、四川建设发布)."""
    item = re.search(r"[^、，,。；;：:“（(\s]*$", text[:end]).group(0)
    return names_a_place(item, g)


#: A verb that can follow 发布、 as a second act on the same thing (发布、实施, 发布、解读).
SHARED_VERB = re.compile(r"(?:实施|解读|执行|施行|出台|印发|公布|宣传|推广|落实|贯彻|转发|颁布|审议|修订|制定|推出|上线|开通|开展|组织|"
                         r"宣讲|部署|启动|运行|应用|使用)")


def release_account_place(name: str, g: Gazetteer) -> str | None:
    """The place a government's release account is named after, where the name is places and 发布 alone
    (南京发布 → 南京市's code, 陇南康县发布 → 康县's); None for a department's (四川教育发布) or a brand's (天府发布).

    >>> from govkg.loaders.resources import Resources
    >>> g = Resources(use_ner=False).gazetteer
    >>> release_account_place("南京发布", g) == g.full_names["南京市"][0], release_account_place("四川教育发布", g)
    (True, None)
    """
    if not name.endswith("发布") or len(name) < 4:
        return None
    written = leading_regions(name, g)
    return written[-1][1] if written and sum(len(w) for w, _ in written) == len(name) - 2 else None


def _place_opening(words: str, g: Gazetteer) -> int:
    """The length of the longest place that opens ``words`` (四川教育: 2, 陇南文县: 4), or 0 (中国 is no place's account)."""
    return max((k for k in range(2, len(words) + 1) if names_a_place(words[:k], g) and words[:k] != "中国"), default=0)


#: A heading over a list of new-media accounts (甘肃政务新媒体影响力榜获奖名单(35个), 政务微博名录).
ACCOUNTS_HEADING = re.compile(r"^[^。，,；;：:]{0,24}(?:政务新媒体|新媒体|政务微博|政务微信|公众号|政务账号|账号)"
                              r"(?![^。，,；;]*(?:人物|工作者|学员|管理员|要点|制度|会议|文章|登录|注册|情况|分析|工作|榜样))"
                              r"[^。，,；;：:]{0,12}(?:名单|榜单|榜(?!样)|名录|一览)[^。，,；;：:]{0,10}$")
#   (a heading on a line of its own: not 各地要报送政务新媒体账号名单，并…:, 优秀政务新媒体工作者名单, 账号注册情况一览表)
#: A numbered item on a line of its own (1.甘肃发布, 2、甘肃共青团).
NUMBERED_ITEM = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,16})\s*$")
#: A section heading inside such a list (一、省直机关(10个), 二、城市(5个)).
LIST_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*(?:[^。，,；;()（）]{1,10}[(（]\d+个?[)）]|"
                          r"(?![^。，,；;]*(?:工作|要求|安排|措施|问题|情况|下一步))[^。，,；;()（）]{1,6})\s*$")
#   (一、省直机关(10个), 二、城市; not 二、工作要求, 二、下一步工作安排: the list is over)


#: How a body's, a company's or a place's own name ends: no account in a list of accounts (left to their rules).
NOT_AN_ACCOUNTS_NAME = re.compile(r"(?:局|厅|委|办|院|中心|政府|所|队|处|站|馆|社|台|部|部门|会|联|协|公司|集团|银行|大学|学院|科技|"
                                  r"省|市|区|县|州|网|平台)$|出台|印发|推进|加强|落实|开展|提升|优化|建立|做好|读懂")


def _an_account(name: str, g: Gazetteer) -> bool:
    """Whether a numbered item names an account: a place in it (甘肃发布, 微博甘肃, 兰州铁路, 中国敦煌旅游), no body's,
    company's or place's own ending, and no verb (not 加强管理, 张伟, 一图读懂政府工作报告, 湖北省人民政府网)."""
    if NOT_AN_ACCOUNTS_NAME.search(name) or names_a_place(name, g):
        return False
    return any(names_a_place(name[i:j], g) for i in range(len(name)) for j in range(i + 2, min(len(name), i + 8) + 1))


def numbered_accounts(sentences, g: Gazetteer) -> list[Mention]:
    """The accounts a list names one a line under a heading about accounts (…政务新媒体影响力榜获奖名单 / 一、省直机关
    / 1.甘肃发布 / 2.甘肃共青团…): each a platform, but for a body's own name (甘肃省农牧厅), left to the body rules.

    >>> lines = ["政务新媒体影响力榜获奖名单", "一、省直机关(2个)", "1.甘肃发布", "2.甘肃省农牧厅", "二、城市(1个)", "1.陇南发布"]
    >>> sentences, at = [], 0
    >>> for i, line in enumerate(lines):
    ...     sentences.append(Sentence(i, line, at, at + len(line))); at += len(line) + 1
    >>> from govkg.loaders.resources import Resources
    >>> [m.text for m in numbered_accounts(sentences, Resources(use_ner=False).gazetteer)]
    ['甘肃发布', '陇南发布']
    """
    out, listing = [], False
    for s in sentences:
        if ACCOUNTS_HEADING.search(s.text) and not NUMBERED_ITEM.match(s.text):
            listing = True
            continue
        item = NUMBERED_ITEM.match(s.text) if listing else None
        if item:
            if _an_account(item.group("name"), g):
                out.append(mention(s, item.start("name"), item.end("name"), "Platform", "account-listed"))
        elif listing and not LIST_SECTION.match(s.text):
            listing = False      # (the list is over: a line of text)
    return out
