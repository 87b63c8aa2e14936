# Generated from ui/regulation_item_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RegulationItemForm(object):
    def setupUi(self, RegulationItemForm):
        if not RegulationItemForm.objectName():
            RegulationItemForm.setObjectName(u"RegulationItemForm")
        self.outerLayout = QVBoxLayout(RegulationItemForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(RegulationItemForm)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-weight: bold;")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setText(u"")

        self.outerLayout.addWidget(self.headingLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.titleEditLabel = QLabel(RegulationItemForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fieldsLayout.addWidget(self.titleEditLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(RegulationItemForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleEditError = QLabel(RegulationItemForm)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setStyleSheet(u"color: #b00020;")
        self.titleEditError.setWordWrap(True)
        self.titleEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleEditError, 1, 1, 1, 1)

        self.titleHansEditLabel = QLabel(RegulationItemForm)
        self.titleHansEditLabel.setObjectName(u"titleHansEditLabel")

        self.fieldsLayout.addWidget(self.titleHansEditLabel, 2, 0, 1, 1)

        self.titleHansEdit = QLineEdit(RegulationItemForm)
        self.titleHansEdit.setObjectName(u"titleHansEdit")

        self.fieldsLayout.addWidget(self.titleHansEdit, 2, 1, 1, 1)

        self.titleHansEditError = QLabel(RegulationItemForm)
        self.titleHansEditError.setObjectName(u"titleHansEditError")
        self.titleHansEditError.setStyleSheet(u"color: #b00020;")
        self.titleHansEditError.setWordWrap(True)
        self.titleHansEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleHansEditError, 3, 1, 1, 1)

        self.titleHansOutdatedLabel = QLabel(RegulationItemForm)
        self.titleHansOutdatedLabel.setObjectName(u"titleHansOutdatedLabel")
        self.titleHansOutdatedLabel.setStyleSheet(u"color: #8a5a00;")
        self.titleHansOutdatedLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.titleHansOutdatedLabel, 4, 1, 1, 1)

        self.textEditLabel = QLabel(RegulationItemForm)
        self.textEditLabel.setObjectName(u"textEditLabel")
        self.textEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.textEditLabel, 5, 0, 1, 1)

        self.textEdit = QPlainTextEdit(RegulationItemForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 110))
        self.textEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.textEdit, 5, 1, 1, 1)

        self.textEditError = QLabel(RegulationItemForm)
        self.textEditError.setObjectName(u"textEditError")
        self.textEditError.setStyleSheet(u"color: #b00020;")
        self.textEditError.setWordWrap(True)
        self.textEditError.setText(u"")

        self.fieldsLayout.addWidget(self.textEditError, 6, 1, 1, 1)

        self.textHansEditLabel = QLabel(RegulationItemForm)
        self.textHansEditLabel.setObjectName(u"textHansEditLabel")
        self.textHansEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.textHansEditLabel, 7, 0, 1, 1)

        self.textHansEdit = QPlainTextEdit(RegulationItemForm)
        self.textHansEdit.setObjectName(u"textHansEdit")
        self.textHansEdit.setMaximumSize(QSize(16777215, 90))
        self.textHansEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.textHansEdit, 7, 1, 1, 1)

        self.textHansEditError = QLabel(RegulationItemForm)
        self.textHansEditError.setObjectName(u"textHansEditError")
        self.textHansEditError.setStyleSheet(u"color: #b00020;")
        self.textHansEditError.setWordWrap(True)
        self.textHansEditError.setText(u"")

        self.fieldsLayout.addWidget(self.textHansEditError, 8, 1, 1, 1)

        self.textHansOutdatedLabel = QLabel(RegulationItemForm)
        self.textHansOutdatedLabel.setObjectName(u"textHansOutdatedLabel")
        self.textHansOutdatedLabel.setStyleSheet(u"color: #8a5a00;")
        self.textHansOutdatedLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.textHansOutdatedLabel, 9, 1, 1, 1)

        self.kindComboLabel = QLabel(RegulationItemForm)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.fieldsLayout.addWidget(self.kindComboLabel, 10, 0, 1, 1)

        self.kindCombo = QComboBox(RegulationItemForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsLayout.addWidget(self.kindCombo, 10, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(RegulationItemForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555555;")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.convertButton = QPushButton(RegulationItemForm)
        self.convertButton.setObjectName(u"convertButton")

        self.buttonsLayout.addWidget(self.convertButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(RegulationItemForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(RegulationItemForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.titleHansEditLabel.setBuddy(self.titleHansEdit)
        self.textEditLabel.setBuddy(self.textEdit)
        self.textHansEditLabel.setBuddy(self.textHansEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegulationItemForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegulationItemForm)
    # setupUi

    def retranslateUi(self, RegulationItemForm):
        self.titleEditLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Title", None))
        self.titleHansEditLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Simplified", None))
        self.titleHansOutdatedLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.", None))
        self.textEditLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Text (Traditional)", None))
        self.textHansEditLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Simplified", None))
        self.textHansOutdatedLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.", None))
        self.kindComboLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Kind", None))
        self.hintLabel.setText(QCoreApplication.translate("RegulationItemForm", u"Leave Simplified empty to convert it from the Traditional text. Placeholders such as {{weight.supervisor}} stay as they are here; the preview shows them filled with the current settings.", None))
        self.convertButton.setText(QCoreApplication.translate("RegulationItemForm", u"Convert to Simplified", None))
        self.revertButton.setText(QCoreApplication.translate("RegulationItemForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("RegulationItemForm", u"Save", None))
        pass
    # retranslateUi

