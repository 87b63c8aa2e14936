# Generated from ui/position_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PositionForm(object):
    def setupUi(self, PositionForm):
        if not PositionForm.objectName():
            PositionForm.setObjectName(u"PositionForm")
        self.outerLayout = QVBoxLayout(PositionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.nameEditLabel = QLabel(PositionForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.fieldsLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(PositionForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameEditError = QLabel(PositionForm)
        self.nameEditError.setObjectName(u"nameEditError")
        self.nameEditError.setStyleSheet(u"color: #b00020;")
        self.nameEditError.setWordWrap(True)
        self.nameEditError.setText(u"")

        self.fieldsLayout.addWidget(self.nameEditError, 0, 2, 1, 1)

        self.codeEditLabel = QLabel(PositionForm)
        self.codeEditLabel.setObjectName(u"codeEditLabel")

        self.fieldsLayout.addWidget(self.codeEditLabel, 1, 0, 1, 1)

        self.codeEdit = QLineEdit(PositionForm)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fieldsLayout.addWidget(self.codeEdit, 1, 1, 1, 1)

        self.codeEditError = QLabel(PositionForm)
        self.codeEditError.setObjectName(u"codeEditError")
        self.codeEditError.setStyleSheet(u"color: #b00020;")
        self.codeEditError.setWordWrap(True)
        self.codeEditError.setText(u"")

        self.fieldsLayout.addWidget(self.codeEditError, 1, 2, 1, 1)

        self.nameEnEditLabel = QLabel(PositionForm)
        self.nameEnEditLabel.setObjectName(u"nameEnEditLabel")

        self.fieldsLayout.addWidget(self.nameEnEditLabel, 2, 0, 1, 1)

        self.nameEnEdit = QLineEdit(PositionForm)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.fieldsLayout.addWidget(self.nameEnEdit, 2, 1, 1, 1)

        self.nameEnEditError = QLabel(PositionForm)
        self.nameEnEditError.setObjectName(u"nameEnEditError")
        self.nameEnEditError.setStyleSheet(u"color: #b00020;")
        self.nameEnEditError.setWordWrap(True)
        self.nameEnEditError.setText(u"")

        self.fieldsLayout.addWidget(self.nameEnEditError, 2, 2, 1, 1)

        self.descriptionEditLabel = QLabel(PositionForm)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.fieldsLayout.addWidget(self.descriptionEditLabel, 3, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(PositionForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 64))

        self.fieldsLayout.addWidget(self.descriptionEdit, 3, 1, 1, 1)

        self.descriptionEditError = QLabel(PositionForm)
        self.descriptionEditError.setObjectName(u"descriptionEditError")
        self.descriptionEditError.setStyleSheet(u"color: #b00020;")
        self.descriptionEditError.setWordWrap(True)
        self.descriptionEditError.setText(u"")

        self.fieldsLayout.addWidget(self.descriptionEditError, 3, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusNote = QLabel(PositionForm)
        self.statusNote.setObjectName(u"statusNote")
        self.statusNote.setText(u"")

        self.buttonsLayout.addWidget(self.statusNote)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reactivateButton = QPushButton(PositionForm)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.buttonsLayout.addWidget(self.reactivateButton)

        self.revertButton = QPushButton(PositionForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(PositionForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.codeEditLabel.setBuddy(self.codeEdit)
        self.nameEnEditLabel.setBuddy(self.nameEnEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PositionForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PositionForm)
    # setupUi

    def retranslateUi(self, PositionForm):
        self.nameEditLabel.setText(QCoreApplication.translate("PositionForm", u"Name", None))
        self.codeEditLabel.setText(QCoreApplication.translate("PositionForm", u"Code", None))
        self.nameEnEditLabel.setText(QCoreApplication.translate("PositionForm", u"English name", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("PositionForm", u"Description", None))
        self.reactivateButton.setText(QCoreApplication.translate("PositionForm", u"Reactivate", None))
        self.revertButton.setText(QCoreApplication.translate("PositionForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("PositionForm", u"Save", None))
        pass
    # retranslateUi

