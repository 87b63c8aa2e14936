# Generated from ui/suggestion_reply_form.ui by ops_desktop.gui.build_forms; do not edit.
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

class Ui_SuggestionReplyForm(object):
    def setupUi(self, SuggestionReplyForm):
        if not SuggestionReplyForm.objectName():
            SuggestionReplyForm.setObjectName(u"SuggestionReplyForm")
        self.outerLayout = QVBoxLayout(SuggestionReplyForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.statusComboLabel = QLabel(SuggestionReplyForm)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.fieldsLayout.addWidget(self.statusComboLabel, 0, 0, 1, 1)

        self.statusCombo = QComboBox(SuggestionReplyForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.addWidget(self.statusCombo, 0, 1, 1, 1)

        self.statusComboError = QLabel(SuggestionReplyForm)
        self.statusComboError.setObjectName(u"statusComboError")
        self.statusComboError.setStyleSheet(u"color: #b00020;")
        self.statusComboError.setText(u"")

        self.fieldsLayout.addWidget(self.statusComboError, 0, 2, 1, 1)

        self.replyEditLabel = QLabel(SuggestionReplyForm)
        self.replyEditLabel.setObjectName(u"replyEditLabel")

        self.fieldsLayout.addWidget(self.replyEditLabel, 1, 0, 1, 1)

        self.replyEdit = QPlainTextEdit(SuggestionReplyForm)
        self.replyEdit.setObjectName(u"replyEdit")

        self.fieldsLayout.addWidget(self.replyEdit, 1, 1, 1, 1)

        self.replyEditError = QLabel(SuggestionReplyForm)
        self.replyEditError.setObjectName(u"replyEditError")
        self.replyEditError.setStyleSheet(u"color: #b00020;")
        self.replyEditError.setText(u"")

        self.fieldsLayout.addWidget(self.replyEditError, 1, 2, 1, 1)

        self.repliedByEditLabel = QLabel(SuggestionReplyForm)
        self.repliedByEditLabel.setObjectName(u"repliedByEditLabel")

        self.fieldsLayout.addWidget(self.repliedByEditLabel, 2, 0, 1, 1)

        self.repliedByEdit = QLineEdit(SuggestionReplyForm)
        self.repliedByEdit.setObjectName(u"repliedByEdit")

        self.fieldsLayout.addWidget(self.repliedByEdit, 2, 1, 1, 1)

        self.repliedByEditError = QLabel(SuggestionReplyForm)
        self.repliedByEditError.setObjectName(u"repliedByEditError")
        self.repliedByEditError.setStyleSheet(u"color: #b00020;")
        self.repliedByEditError.setText(u"")

        self.fieldsLayout.addWidget(self.repliedByEditError, 2, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.setStatusButton = QPushButton(SuggestionReplyForm)
        self.setStatusButton.setObjectName(u"setStatusButton")

        self.buttonsLayout.addWidget(self.setStatusButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(SuggestionReplyForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(SuggestionReplyForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.replyEditLabel.setBuddy(self.replyEdit)
        self.repliedByEditLabel.setBuddy(self.repliedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuggestionReplyForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SuggestionReplyForm)
    # setupUi

    def retranslateUi(self, SuggestionReplyForm):
        self.statusComboLabel.setText(QCoreApplication.translate("SuggestionReplyForm", u"Status", None))
        self.replyEditLabel.setText(QCoreApplication.translate("SuggestionReplyForm", u"Reply", None))
        self.repliedByEditLabel.setText(QCoreApplication.translate("SuggestionReplyForm", u"Replied by", None))
        self.setStatusButton.setText(QCoreApplication.translate("SuggestionReplyForm", u"Set status", None))
        self.revertButton.setText(QCoreApplication.translate("SuggestionReplyForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("SuggestionReplyForm", u"Save reply", None))
        pass
    # retranslateUi

