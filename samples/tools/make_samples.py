#!/usr/bin/env python3
"""Regenerates the binary sample reports: the GBK-encoded clearing.txt and the Word data-platform.docx of each week.

Run from the repository root: python3 samples/tools/make_samples.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reports")

CLEARING = {
    "2024-W26": """清算结算组 周报（2024年第26周）

一、本周工作
（一）日终清算
1. 日终批处理平均耗时由95分钟缩短至71分钟，运行稳定。
2. 新增光大银行清算通道，已完成上线。
（二）对账平台
1. 对账差错自动处理率：87%，目标95%。
2. 第三方渠道对账文件格式改造延期，由6月28日调整至7月15日，原因是渠道方接口文档未提供。
二、风险与问题
1. 银联清算文件偶发晚到，本周2次超过06:00，存在影响T+1出款的风险。
2. 清算核心服务器维保7月到期，续保审批未完成。
三、生产事件
06/26 03:15  日终批处理账务汇总步骤数据库锁等待超时，批处理中断。04:40重启后完成，当日对账延迟85分钟。
四、下周计划
1. 光大通道首周运行观察
2. 补充对账差错自动处理规则，目标处理率90%
3. 推进服务器续保审批
""",
    "2024-W25": """清算结算组 周报（2024年第25周）

一、本周工作
（一）日终清算
1. 日终批处理平均耗时95分钟。
2. 光大银行清算通道联调完成。
（二）对账平台
1. 对账差错自动处理率：82%，目标95%。
2. 第三方渠道对账文件格式改造，计划6月28日完成。
二、风险与问题
1. 清算核心服务器维保7月到期，已提交续保申请。
三、下周计划
1. 光大通道上线
2. 完成渠道对账文件格式改造
""",
}

# (style, text) paragraphs; style None = body text, "List" = bulleted item, ("Table", rows) = table
DATA_PLATFORM = {
    "2024-W26": [
        ("Title", "数据平台组周报 2024-W26"),
        (None, "汇报人：陈思远　日期：2024年6月28日"),
        ("Heading1", "本周进展"),
        ("List", "实时数仓二期：完成Flink 1.18升级，作业运行稳定。"),
        ("List", "数据质量平台：规则覆盖率由64%提升至78%，目标90%。"),
        ("List", "指标中台：已上线指标312/450个。"),
        ("Heading1", "风险与延期"),
        ("List", "离线集群扩容：服务器到货推迟，扩容由7月3日调整至7月17日。"),
        ("List", "【高】Hive元数据库为单点，尚无高可用方案，故障将导致全部离线任务停摆。"),
        ("Heading1", "运行数据"),
        ("Table", [["指标", "本周", "上周", "目标"],
                   ["任务准时完成率", "98.7%", "97.9%", "≥99%"],
                   ["数据延迟P95", "12分钟", "18分钟", "≤15分钟"],
                   ["存储用量", "8.2PB", "8.0PB", "-"]]),
        ("Heading1", "生产事件"),
        (None, "06/26 08:30  调度系统主节点宕机，约140个任务延迟。09:12切换备节点后恢复。"),
        ("Heading1", "下周计划"),
        ("List", "Hive元数据库高可用方案评审"),
        ("List", "指标中台再上线60个指标"),
    ],
    "2024-W25": [
        ("Title", "数据平台组周报 2024-W25"),
        (None, "汇报人：陈思远　日期：2024年6月21日"),
        ("Heading1", "本周进展"),
        ("List", "实时数仓二期：Flink 1.18升级测试中。"),
        ("List", "数据质量平台：规则覆盖率64%，目标90%。"),
        ("List", "指标中台：已上线指标280/450个。"),
        ("List", "离线集群扩容：计划7月3日完成。"),
        ("Heading1", "运行数据"),
        ("Table", [["指标", "本周", "目标"],
                   ["任务准时完成率", "97.9%", "≥99%"],
                   ["数据延迟P95", "18分钟", "≤15分钟"]]),
        ("Heading1", "下周计划"),
        ("List", "完成Flink升级"),
    ],
}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(style, text):
    ppr = ""
    if style == "List":
        ppr = '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    elif style:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
    return f"<w:p>{ppr}{run(text)}</w:p>"


def table(rows):
    body = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{run(c)}</w:p></w:tc>" for c in r) + "</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{body}</w:tbl>'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def write_docx(path, blocks):
    body = "".join(table(b[1]) if b[0] == "Table" else paragraph(b[0], b[1]) for b in blocks)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
    # Fixed timestamps keep the bytes reproducible.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document),
                           ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING)]:
            z.writestr(zipfile.ZipInfo(name, (2024, 6, 28, 12, 0, 0)), data.encode("utf-8"), zipfile.ZIP_DEFLATED)


def main():
    for week, text in CLEARING.items():
        os.makedirs(os.path.join(ROOT, week), exist_ok=True)
        with open(os.path.join(ROOT, week, "clearing.txt"), "wb") as f:
            f.write(text.replace("\n", "\r\n").encode("gbk"))  # Windows Notepad style: GBK, CRLF
    for week, blocks in DATA_PLATFORM.items():
        write_docx(os.path.join(ROOT, week, "data-platform.docx"), blocks)


if __name__ == "__main__":
    main()
