# Generated from ui/staff_form.ui by ops_desktop.gui.build_forms; do not edit.
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

from ops_desktop.gui.date_field import DateField

class Ui_StaffForm(object):
    def setupUi(self, StaffForm):
        if not StaffForm.objectName():
            StaffForm.setObjectName(u"StaffForm")
        self.outerLayout = QVBoxLayout(StaffForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.staffNoEditLabel = QLabel(StaffForm)
        self.staffNoEditLabel.setObjectName(u"staffNoEditLabel")

        self.fieldsLayout.addWidget(self.staffNoEditLabel, 0, 0, 1, 1)

        self.staffNoEdit = QLineEdit(StaffForm)
        self.staffNoEdit.setObjectName(u"staffNoEdit")

        self.fieldsLayout.addWidget(self.staffNoEdit, 0, 1, 1, 1)

        self.staffNoEditError = QLabel(StaffForm)
        self.staffNoEditError.setObjectName(u"staffNoEditError")
        self.staffNoEditError.setStyleSheet(u"color: #b00020;")
        self.staffNoEditError.setText(u"")

        self.fieldsLayout.addWidget(self.staffNoEditError, 0, 2, 1, 1)

        self.nameEditLabel = QLabel(StaffForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.fieldsLayout.addWidget(self.nameEditLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(StaffForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.nameEditError = QLabel(StaffForm)
        self.nameEditError.setObjectName(u"nameEditError")
        self.nameEditError.setStyleSheet(u"color: #b00020;")
        self.nameEditError.setText(u"")

        self.fieldsLayout.addWidget(self.nameEditError, 1, 2, 1, 1)

        self.positionComboLabel = QLabel(StaffForm)
        self.positionComboLabel.setObjectName(u"positionComboLabel")

        self.fieldsLayout.addWidget(self.positionComboLabel, 2, 0, 1, 1)

        self.positionCombo = QComboBox(StaffForm)
        self.positionCombo.setObjectName(u"positionCombo")

        self.fieldsLayout.addWidget(self.positionCombo, 2, 1, 1, 1)

        self.positionComboError = QLabel(StaffForm)
        self.positionComboError.setObjectName(u"positionComboError")
        self.positionComboError.setStyleSheet(u"color: #b00020;")
        self.positionComboError.setText(u"")

        self.fieldsLayout.addWidget(self.positionComboError, 2, 2, 1, 1)

        self.supervisorComboLabel = QLabel(StaffForm)
        self.supervisorComboLabel.setObjectName(u"supervisorComboLabel")

        self.fieldsLayout.addWidget(self.supervisorComboLabel, 3, 0, 1, 1)

        self.supervisorCombo = QComboBox(StaffForm)
        self.supervisorCombo.setObjectName(u"supervisorCombo")

        self.fieldsLayout.addWidget(self.supervisorCombo, 3, 1, 1, 1)

        self.supervisorComboError = QLabel(StaffForm)
        self.supervisorComboError.setObjectName(u"supervisorComboError")
        self.supervisorComboError.setStyleSheet(u"color: #b00020;")
        self.supervisorComboError.setText(u"")

        self.fieldsLayout.addWidget(self.supervisorComboError, 3, 2, 1, 1)

        self.hireDateEditLabel = QLabel(StaffForm)
        self.hireDateEditLabel.setObjectName(u"hireDateEditLabel")

        self.fieldsLayout.addWidget(self.hireDateEditLabel, 4, 0, 1, 1)

        self.hireDateEdit = DateField(StaffForm)
        self.hireDateEdit.setObjectName(u"hireDateEdit")

        self.fieldsLayout.addWidget(self.hireDateEdit, 4, 1, 1, 1)

        self.hireDateEditError = QLabel(StaffForm)
        self.hireDateEditError.setObjectName(u"hireDateEditError")
        self.hireDateEditError.setStyleSheet(u"color: #b00020;")
        self.hireDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.hireDateEditError, 4, 2, 1, 1)

        self.statusComboLabel = QLabel(StaffForm)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.fieldsLayout.addWidget(self.statusComboLabel, 5, 0, 1, 1)

        self.statusCombo = QComboBox(StaffForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.addWidget(self.statusCombo, 5, 1, 1, 1)

        self.statusComboError = QLabel(StaffForm)
        self.statusComboError.setObjectName(u"statusComboError")
        self.statusComboError.setStyleSheet(u"color: #b00020;")
        self.statusComboError.setText(u"")

        self.fieldsLayout.addWidget(self.statusComboError, 5, 2, 1, 1)

        self.phoneEditLabel = QLabel(StaffForm)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.fieldsLayout.addWidget(self.phoneEditLabel, 6, 0, 1, 1)

        self.phoneEdit = QLineEdit(StaffForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsLayout.addWidget(self.phoneEdit, 6, 1, 1, 1)

        self.phoneEditError = QLabel(StaffForm)
        self.phoneEditError.setObjectName(u"phoneEditError")
        self.phoneEditError.setStyleSheet(u"color: #b00020;")
        self.phoneEditError.setText(u"")

        self.fieldsLayout.addWidget(self.phoneEditError, 6, 2, 1, 1)

        self.emailEditLabel = QLabel(StaffForm)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.fieldsLayout.addWidget(self.emailEditLabel, 7, 0, 1, 1)

        self.emailEdit = QLineEdit(StaffForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.fieldsLayout.addWidget(self.emailEdit, 7, 1, 1, 1)

        self.emailEditError = QLabel(StaffForm)
        self.emailEditError.setObjectName(u"emailEditError")
        self.emailEditError.setStyleSheet(u"color: #b00020;")
        self.emailEditError.setText(u"")

        self.fieldsLayout.addWidget(self.emailEditError, 7, 2, 1, 1)

        self.baseBonusEditLabel = QLabel(StaffForm)
        self.baseBonusEditLabel.setObjectName(u"baseBonusEditLabel")

        self.fieldsLayout.addWidget(self.baseBonusEditLabel, 8, 0, 1, 1)

        self.baseBonusEdit = QLineEdit(StaffForm)
        self.baseBonusEdit.setObjectName(u"baseBonusEdit")

        self.fieldsLayout.addWidget(self.baseBonusEdit, 8, 1, 1, 1)

        self.baseBonusEditError = QLabel(StaffForm)
        self.baseBonusEditError.setObjectName(u"baseBonusEditError")
        self.baseBonusEditError.setStyleSheet(u"color: #b00020;")
        self.baseBonusEditError.setText(u"")

        self.fieldsLayout.addWidget(self.baseBonusEditError, 8, 2, 1, 1)

        self.notesEditLabel = QLabel(StaffForm)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.fieldsLayout.addWidget(self.notesEditLabel, 9, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(StaffForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.notesEdit, 9, 1, 1, 1)

        self.notesEditError = QLabel(StaffForm)
        self.notesEditError.setObjectName(u"notesEditError")
        self.notesEditError.setStyleSheet(u"color: #b00020;")
        self.notesEditError.setText(u"")

        self.fieldsLayout.addWidget(self.notesEditError, 9, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(StaffForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(StaffForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.staffNoEditLabel.setBuddy(self.staffNoEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.positionComboLabel.setBuddy(self.positionCombo)
        self.supervisorComboLabel.setBuddy(self.supervisorCombo)
        self.hireDateEditLabel.setBuddy(self.hireDateEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.baseBonusEditLabel.setBuddy(self.baseBonusEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(StaffForm)
    # setupUi

    def retranslateUi(self, StaffForm):
        self.staffNoEditLabel.setText(QCoreApplication.translate("StaffForm", u"Staff number", None))
        self.nameEditLabel.setText(QCoreApplication.translate("StaffForm", u"Name", None))
        self.positionComboLabel.setText(QCoreApplication.translate("StaffForm", u"Position", None))
        self.supervisorComboLabel.setText(QCoreApplication.translate("StaffForm", u"Supervisor", None))
        self.hireDateEditLabel.setText(QCoreApplication.translate("StaffForm", u"Hire date", None))
        self.statusComboLabel.setText(QCoreApplication.translate("StaffForm", u"Status", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("StaffForm", u"Phone", None))
        self.emailEditLabel.setText(QCoreApplication.translate("StaffForm", u"E-mail", None))
        self.baseBonusEditLabel.setText(QCoreApplication.translate("StaffForm", u"Base bonus", None))
        self.notesEditLabel.setText(QCoreApplication.translate("StaffForm", u"Notes", None))
        self.revertButton.setText(QCoreApplication.translate("StaffForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("StaffForm", u"Save", None))
        pass
    # retranslateUi

