# Generated from ui/suggestion_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from ops_desktop.gui.date_field import DateField

class Ui_SuggestionForm(object):
    def setupUi(self, SuggestionForm):
        if not SuggestionForm.objectName():
            SuggestionForm.setObjectName(u"SuggestionForm")
        self.outerLayout = QVBoxLayout(SuggestionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.dateEditLabel = QLabel(SuggestionForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.fieldsLayout.addWidget(self.dateEditLabel, 0, 0, 1, 1)

        self.dateEdit = DateField(SuggestionForm)
        self.dateEdit.setObjectName(u"dateEdit")

        self.fieldsLayout.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.dateEditError = QLabel(SuggestionForm)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b00020;")
        self.dateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.dateEditError, 0, 2, 1, 1)

        self.titleEditLabel = QLabel(SuggestionForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fieldsLayout.addWidget(self.titleEditLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(SuggestionForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.titleEditError = QLabel(SuggestionForm)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setStyleSheet(u"color: #b00020;")
        self.titleEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleEditError, 1, 2, 1, 1)

        self.categoryComboLabel = QLabel(SuggestionForm)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.fieldsLayout.addWidget(self.categoryComboLabel, 2, 0, 1, 1)

        self.categoryCombo = QComboBox(SuggestionForm)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.fieldsLayout.addWidget(self.categoryCombo, 2, 1, 1, 1)

        self.categoryComboError = QLabel(SuggestionForm)
        self.categoryComboError.setObjectName(u"categoryComboError")
        self.categoryComboError.setStyleSheet(u"color: #b00020;")
        self.categoryComboError.setText(u"")

        self.fieldsLayout.addWidget(self.categoryComboError, 2, 2, 1, 1)

        self.anonymousCheckLabel = QLabel(SuggestionForm)
        self.anonymousCheckLabel.setObjectName(u"anonymousCheckLabel")

        self.fieldsLayout.addWidget(self.anonymousCheckLabel, 3, 0, 1, 1)

        self.anonymousCheck = QCheckBox(SuggestionForm)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.fieldsLayout.addWidget(self.anonymousCheck, 3, 1, 1, 1)

        self.anonymousCheckError = QLabel(SuggestionForm)
        self.anonymousCheckError.setObjectName(u"anonymousCheckError")
        self.anonymousCheckError.setStyleSheet(u"color: #b00020;")
        self.anonymousCheckError.setText(u"")

        self.fieldsLayout.addWidget(self.anonymousCheckError, 3, 2, 1, 1)

        self.authorComboLabel = QLabel(SuggestionForm)
        self.authorComboLabel.setObjectName(u"authorComboLabel")

        self.fieldsLayout.addWidget(self.authorComboLabel, 4, 0, 1, 1)

        self.authorCombo = QComboBox(SuggestionForm)
        self.authorCombo.setObjectName(u"authorCombo")

        self.fieldsLayout.addWidget(self.authorCombo, 4, 1, 1, 1)

        self.authorComboError = QLabel(SuggestionForm)
        self.authorComboError.setObjectName(u"authorComboError")
        self.authorComboError.setStyleSheet(u"color: #b00020;")
        self.authorComboError.setText(u"")

        self.fieldsLayout.addWidget(self.authorComboError, 4, 2, 1, 1)

        self.bodyEditLabel = QLabel(SuggestionForm)
        self.bodyEditLabel.setObjectName(u"bodyEditLabel")

        self.fieldsLayout.addWidget(self.bodyEditLabel, 5, 0, 1, 1)

        self.bodyEdit = QPlainTextEdit(SuggestionForm)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.fieldsLayout.addWidget(self.bodyEdit, 5, 1, 1, 1)

        self.bodyEditError = QLabel(SuggestionForm)
        self.bodyEditError.setObjectName(u"bodyEditError")
        self.bodyEditError.setStyleSheet(u"color: #b00020;")
        self.bodyEditError.setText(u"")

        self.fieldsLayout.addWidget(self.bodyEditError, 5, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(SuggestionForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(SuggestionForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.anonymousCheckLabel.setBuddy(self.anonymousCheck)
        self.authorComboLabel.setBuddy(self.authorCombo)
        self.bodyEditLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuggestionForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SuggestionForm)
    # setupUi

    def retranslateUi(self, SuggestionForm):
        self.dateEditLabel.setText(QCoreApplication.translate("SuggestionForm", u"Date", None))
        self.titleEditLabel.setText(QCoreApplication.translate("SuggestionForm", u"Title", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("SuggestionForm", u"Category", None))
        self.anonymousCheckLabel.setText(QCoreApplication.translate("SuggestionForm", u"Anonymous", None))
        self.anonymousCheck.setText(QCoreApplication.translate("SuggestionForm", u"Submitted without a name", None))
        self.authorComboLabel.setText(QCoreApplication.translate("SuggestionForm", u"Author", None))
        self.bodyEditLabel.setText(QCoreApplication.translate("SuggestionForm", u"Text", None))
        self.revertButton.setText(QCoreApplication.translate("SuggestionForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("SuggestionForm", u"Save", None))
        pass
    # retranslateUi

