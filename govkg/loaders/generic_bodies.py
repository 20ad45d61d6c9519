"""Bodies named by their kind, no one body: the README's generic nouns (市场监管部门, 中级人民法院, 乡镇便民服务中心,
县乡村三级综治中心), which the recognizer drops. Used by :mod:`.recognize`."""
from __future__ import annotations

import re

from ..types import Mention
from .places import opens_on_place


#: Bodies of a kind, no one body (市场监管部门, 全国政务服务部门, 中级人民法院, 海事法院); the units of a named body
#: (省公安厅出入境管理部门) and a place's (连云港市城市管理部门) are named.
KIND_OF_BODY = re.compile(r"(?:全国|全省|全市|各级|各|[省市县区])?[^厅局委办]{0,8}部门|"
                          r"(?:中国|全国|各级|地方)?(?:高级|中级|基层|海事|互联网|知识产权|专门)?(?:人民)?(?:法院|检察院)|"
                          r"(?:机关)?(?:党总支|党支部|党小组|党委|党组)(?:委员会)?|"
                          r"(?:社区|村)党群服务(?:中心|站)|"
                          r"(?:乡镇|乡|镇|村|村级|社区|街道|镇街|乡镇街道)(?:\(街道\)|（街道）)?(?:政务|便民|为民|党群|公共|综合)?"
                          r"(?:服务中心|服务站|服务室|服务点|综治中心|网格中心|网格化服务管理中心|人民政府|政府)|"
                          r"(?:省市县|市县乡|县乡村|县乡|乡村|市县)(?:[两三四五]级)?[\u4e00-\u9fff]{0,6}?(?:中心|站|室)")
#   (我局党总支委员会获评…: a body's own Party branch, named by its kind; 社区党群服务中心: every community's;
#    乡镇便民服务中心, 村级便民服务站: every town's or village's, named by the kind of place; 县乡村三级综治中心: every
#    level's at once)


#: The departments a platform took in, read as one body (石家庄市政务服务平台已接入部门48个).
DEPARTMENTS_OF_A_PLATFORM = re.compile(r"(?:平台|系统|网站|APP|App)[^局厅委办]{0,6}部门$")
#: A kind of national research centre or laboratory, none named (首批国家工程研究中心名单, 新增国家重点实验室2家).
NATIONAL_KIND = re.compile(r"国家(?:级)?(?:工程研究中心|重点实验室|工程实验室|技术创新中心|工程技术研究中心)")


def a_kind_of_body(m: Mention, resources) -> bool:
    """市场监管部门, 中级人民法院: a kind of body named with no place, so none in particular (the README's
    generic nouns)."""
    name = m.text
    return (bool(KIND_OF_BODY.fullmatch(name)) and not opens_on_place(name, resources.gazetteer)
            and not name.startswith("国家")) or bool(NATIONAL_KIND.fullmatch(name)) \
        or bool(DEPARTMENTS_OF_A_PLATFORM.search(name))
    #   (宁波公安部门: the city's; 国家网信部门: the one body the law names so; 国家工程研究中心: a kind of centre)
