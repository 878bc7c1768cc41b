"""Case, accent and script folding, the same for texts and for rule patterns."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MAX_CHARS: Final = 500

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Letters NFKD leaves whole, typographic quotes, and the traditional Chinese characters
# that occur in tracking texts (so rules are written once, in simplified Chinese).
_EXTRA: Final = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    # The Icelandic eth, which Vietnamese texts typed on some keyboards use for Đ ("Ðã giao").
    "ð": "d",
    "Ð": "D",
    "ı": "i",
    "ħ": "h",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ß": "ss",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u00a0": " ",
    "\u3000": " ",
}
_T2S: Final = (
    "運运達达關关離离開开發发處处轉转遞递郵邮簽签貨货機机場场內内國国際际門门點点員员準准"
    "備备檢检驗验異异寄寄遺遗損损壞坏誤误櫃柜領领經经網网攬揽裝装訂订單单電电資资訊讯號号"
    "區区貼贴標标籤签試试聯联繫系無无說说認认證证進进從从於于來来為为與与後后這这個个們们"
    "車车館馆務务業业過过還还時时間间問问題题廠厂廣广東东灣湾臺台島岛樓楼飛飞計计劃划擬拟"
    "態态邊边頭头總总倉仓庫库費费稅税繳缴納纳輸输換换錯错詳详細细絕绝銷销毀毁鎖锁將将報报"
    "審审專专線线樞枢紐纽隊队貿贸補补聲声請请擱搁滯滞遲迟應应歸归還还託托戶户碼码約约預预"
    "總总處处搬搬續续當当門门派派領领義义攔拦截截務务達达戶户鄉乡縣县鎮镇筆笔數数據据辦办"
    "夥伙統统節节丟丢聽听營营棄弃敗败"
    # Only characters modern Japanese does not write (it folds through this table too): 沒
    # is the negation 没, 詢/給 carry "查询不到" and "返回给寄件者".
    "詢询給给會会並并嘗尝變变實实寫写讀读體体寶宝價价賣卖產产舊旧醫医藥药壓压滬沪粵粤閩闽"
    "遼辽沒没嗎吗麼么讓让幫帮鄰邻隻只條条兩两萬万"
    # Every other character of the Chinese rules and training texts whose traditional (Taiwan
    # or Hong Kong) form differs, each checked against OpenCC (t2s, hk2s, tw2sp): 順豐 (SF
    # Express), 暫 遷 颱風 買 幹線 櫃檯 菜鳥驛站, the couriers' names (圓通 韻達 極兔) and
    # common place names. Left out on purpose: forms whose folding would merge another word
    # (髮 hair, 乾 dry, 麵 noodles, 齣 噹 閤 衕 彆 傢 闆 釦 錶) and the Japanese-only 査 録.
    # Japanese writes some of these (順 買 風 長 記); its rules fold through the same table,
    # so they still match, and no Japanese training text reads differently.
    "豐丰掃扫綫线違违爲为週周拋抛結结跡迹書书響响絡络買买迴回揀拣絶绝踰逾雲云圍围撥拨繼继裏里"
    "親亲復复擠挤緩缓裡里傳传複复攜携脫脱錨锚暫暂範范長长況况對对權权榮荣階阶憑凭獲获陸陆儘尽"
    "隨随創创盡尽規规難难別别燬毁記记屬属設设協协崗岗畢毕証证衛卫帶带氣气識识順顺衞卫幹干澇涝"
    "話话顧顾卽即滅灭諾诺風风卻却狀状調调駛驶廢废貓猫賠赔驛驿枱台現现趕赶騎骑檯台確确蹤踪鳥鸟"
    "颱台錄录種种軌轨積积較较願愿輛辆係系遷迁謝谢團团暢畅顯显採采購购雖虽掛挂嚴严箇个臨临麽么"
    "償偿動动華华歷历雙双衹只啓启啟启圓圆師师張张徵征恆恒纔才護护擁拥極极構构測测監监稱称緊紧"
    "紀纪終终綜综艙舱評评訴诉該该諒谅貴贵適适鐘钟閉闭隱隐項项顆颗饋馈滿满溫温環环觀观議议層层"
    "併并幷并製制寧宁陽阳濟济鄭郑漢汉蘇苏龍龙馬马園园嶺岭歐欧爾尔濱滨錫锡崑昆烏乌莊庄慶庆瀋沈"
    "鎭镇峯峰興兴凱凯孫孙韻韵"
)
_TABLE: Final = str.maketrans({**_EXTRA, **{_T2S[i]: _T2S[i + 1] for i in range(0, len(_T2S), 2)}})


def fold(text: str) -> str:
    """Bounded, lower-case, accent-free, simplified-Chinese text with single spaces."""
    text = text[:MAX_CHARS]
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.translate(_TABLE))
    text = _COMBINING.sub("", text).translate(_TABLE).casefold()
    return " ".join(text.split())[: MAX_CHARS * 2]


def fold_pattern(pattern: str) -> str:
    """Fold a regex's literal characters; escapes (``\\b``, ``\\W``) pass unchanged."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        else:
            out.append(_fold_char(char))
    return "".join(out)


def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    folded = unicodedata.normalize("NFKD", char.translate(_TABLE))
    return _COMBINING.sub("", folded).translate(_TABLE).casefold()


_PUNCTUATION_CHARS: Final = (
    "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~«»‹›–—―‐‑“”„‟…·•¿¡、，。：；！？（）【】《》〈〉「」『』"
)
_PUNCTUATION: Final = str.maketrans(dict.fromkeys(_PUNCTUATION_CHARS, " "))
_ASCII_PUNCTUATION: Final = bytes.maketrans(
    bytes(c for c in range(128) if chr(c) in _PUNCTUATION_CHARS),
    b" " * sum(1 for c in range(128) if chr(c) in _PUNCTUATION_CHARS),
)


def _spaced(text: str) -> str:
    """Folded ``text`` with its punctuation turned into spaces."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_PUNCTUATION).decode("ascii")
    return text.translate(_PUNCTUATION)


def words_of(text: str) -> list[str]:
    """The words of ``tokens`` without their positions (no loop in Python: the model asks
    for the words of every text it scores)."""
    return list(filter(None, _spaced(text).split(" ")))


def tokens(text: str) -> tuple[list[int], list[str]]:
    """Start positions and words of folded ``text``, split at spaces and punctuation."""
    spaced = _spaced(text)
    positions: list[int] = []
    words: list[str] = []
    position = 0
    for word in spaced.split(" "):
        if word:
            positions.append(position)
            words.append(word)
        position += len(word) + 1
    return positions, words
