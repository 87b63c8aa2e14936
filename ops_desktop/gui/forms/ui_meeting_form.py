# Generated from ui/meeting_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from ops_desktop.gui.date_field import DateField

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        self.outerLayout = QVBoxLayout(MeetingForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.heldOnEditLabel = QLabel(MeetingForm)
        self.heldOnEditLabel.setObjectName(u"heldOnEditLabel")

        self.fieldsLayout.addWidget(self.heldOnEditLabel, 0, 0, 1, 1)

        self.heldOnEdit = DateField(MeetingForm)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.fieldsLayout.addWidget(self.heldOnEdit, 0, 1, 1, 1)

        self.heldOnEditError = QLabel(MeetingForm)
        self.heldOnEditError.setObjectName(u"heldOnEditError")
        self.heldOnEditError.setStyleSheet(u"color: #b00020;")
        self.heldOnEditError.setText(u"")

        self.fieldsLayout.addWidget(self.heldOnEditError, 0, 2, 1, 1)

        self.titleEditLabel = QLabel(MeetingForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.fieldsLayout.addWidget(self.titleEditLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(MeetingForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.titleEditError = QLabel(MeetingForm)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setStyleSheet(u"color: #b00020;")
        self.titleEditError.setText(u"")

        self.fieldsLayout.addWidget(self.titleEditError, 1, 2, 1, 1)

        self.chairComboLabel = QLabel(MeetingForm)
        self.chairComboLabel.setObjectName(u"chairComboLabel")

        self.fieldsLayout.addWidget(self.chairComboLabel, 2, 0, 1, 1)

        self.chairCombo = QComboBox(MeetingForm)
        self.chairCombo.setObjectName(u"chairCombo")

        self.fieldsLayout.addWidget(self.chairCombo, 2, 1, 1, 1)

        self.chairComboError = QLabel(MeetingForm)
        self.chairComboError.setObjectName(u"chairComboError")
        self.chairComboError.setStyleSheet(u"color: #b00020;")
        self.chairComboError.setText(u"")

        self.fieldsLayout.addWidget(self.chairComboError, 2, 2, 1, 1)

        self.attendeesViewLabel = QLabel(MeetingForm)
        self.attendeesViewLabel.setObjectName(u"attendeesViewLabel")

        self.fieldsLayout.addWidget(self.attendeesViewLabel, 3, 0, 1, 1)

        self.attendeesView = QListView(MeetingForm)
        self.attendeesView.setObjectName(u"attendeesView")
        self.attendeesView.setMaximumSize(QSize(16777215, 150))

        self.fieldsLayout.addWidget(self.attendeesView, 3, 1, 1, 1)

        self.attendeesViewError = QLabel(MeetingForm)
        self.attendeesViewError.setObjectName(u"attendeesViewError")
        self.attendeesViewError.setStyleSheet(u"color: #b00020;")
        self.attendeesViewError.setText(u"")

        self.fieldsLayout.addWidget(self.attendeesViewError, 3, 2, 1, 1)

        self.summaryEditLabel = QLabel(MeetingForm)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.fieldsLayout.addWidget(self.summaryEditLabel, 4, 0, 1, 1)

        self.summaryEdit = QPlainTextEdit(MeetingForm)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.summaryEdit, 4, 1, 1, 1)

        self.summaryEditError = QLabel(MeetingForm)
        self.summaryEditError.setObjectName(u"summaryEditError")
        self.summaryEditError.setStyleSheet(u"color: #b00020;")
        self.summaryEditError.setText(u"")

        self.fieldsLayout.addWidget(self.summaryEditError, 4, 2, 1, 1)

        self.minutesEditLabel = QLabel(MeetingForm)
        self.minutesEditLabel.setObjectName(u"minutesEditLabel")

        self.fieldsLayout.addWidget(self.minutesEditLabel, 5, 0, 1, 1)

        self.minutesEdit = QPlainTextEdit(MeetingForm)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.fieldsLayout.addWidget(self.minutesEdit, 5, 1, 1, 1)

        self.minutesEditError = QLabel(MeetingForm)
        self.minutesEditError.setObjectName(u"minutesEditError")
        self.minutesEditError.setStyleSheet(u"color: #b00020;")
        self.minutesEditError.setText(u"")

        self.fieldsLayout.addWidget(self.minutesEditError, 5, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(MeetingForm)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(MeetingForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(MeetingForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.heldOnEditLabel.setBuddy(self.heldOnEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.chairComboLabel.setBuddy(self.chairCombo)
        self.attendeesViewLabel.setBuddy(self.attendeesView)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.minutesEditLabel.setBuddy(self.minutesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        self.heldOnEditLabel.setText(QCoreApplication.translate("MeetingForm", u"Date", None))
        self.titleEditLabel.setText(QCoreApplication.translate("MeetingForm", u"Title", None))
        self.chairComboLabel.setText(QCoreApplication.translate("MeetingForm", u"Chair", None))
        self.attendeesViewLabel.setText(QCoreApplication.translate("MeetingForm", u"Attendees", None))
        self.summaryEditLabel.setText(QCoreApplication.translate("MeetingForm", u"Last week's summary", None))
        self.minutesEditLabel.setText(QCoreApplication.translate("MeetingForm", u"Minutes", None))
        self.printButton.setText(QCoreApplication.translate("MeetingForm", u"Print minutes\u2026", None))
        self.revertButton.setText(QCoreApplication.translate("MeetingForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingForm", u"Save", None))
        pass
    # retranslateUi

