"""Write a simple Designer form (.ui) of labelled fields with an error label beside each.

Used once to start a form; afterwards the .ui is edited in Qt Designer like any other.
    python tools/make_form_ui.py ClassName out.ui "Label:widgetClass:objectName" ...
"""

from __future__ import annotations

import sys
from xml.sax.saxutils import escape


def widget(cls: str, name: str) -> str:
    extra = ""
    if cls == "QPlainTextEdit":
        extra = '<property name="maximumSize"><size><width>16777215</width><height>90</height></size></property>'
    return f'<widget class="{cls}" name="{name}">{extra}</widget>'


def main(class_name: str, out: str, specs: list[str]) -> None:
    rows = []
    for r, spec in enumerate(specs):
        label, cls, name = spec.split(":")
        base = name[0].lower() + name[1:]
        rows.append(f'''
    <item row="{r}" column="0"><widget class="QLabel" name="{base}Label"><property name="text"><string>{escape(label)}</string></property><property name="buddy"><cstring>{name}</cstring></property></widget></item>
    <item row="{r}" column="1">{widget(cls, name)}</item>
    <item row="{r}" column="2"><widget class="QLabel" name="{base}Error"><property name="styleSheet"><string notr="true">color: #b00020;</string></property><property name="text"><string notr="true"></string></property></widget></item>''')
    n = len(specs)
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>{class_name}</class>
 <widget class="QWidget" name="{class_name}">
  <layout class="QVBoxLayout" name="outerLayout">
   <item>
   <layout class="QGridLayout" name="fieldsLayout" columnstretch="0,3,2">{"".join(rows)}
   </layout>
   </item>
   <item>
    <layout class="QHBoxLayout" name="buttonsLayout">
     <item><spacer name="buttonsSpacer"><property name="orientation"><enum>Qt::Orientation::Horizontal</enum></property></spacer></item>
     <item><widget class="QPushButton" name="revertButton"><property name="text"><string>Revert</string></property></widget></item>
     <item><widget class="QPushButton" name="saveButton"><property name="text"><string>Save</string></property><property name="default"><bool>true</bool></property></widget></item>
    </layout>
   </item>
   <item><spacer name="bottomSpacer"><property name="orientation"><enum>Qt::Orientation::Vertical</enum></property></spacer></item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
'''
    del n
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(xml)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
