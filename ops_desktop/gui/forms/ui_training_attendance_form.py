# Generated from ui/training_attendance_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TrainingAttendanceForm(object):
    def setupUi(self, TrainingAttendanceForm):
        if not TrainingAttendanceForm.objectName():
            TrainingAttendanceForm.setObjectName(u"TrainingAttendanceForm")
        self.outerLayout = QVBoxLayout(TrainingAttendanceForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.personComboLabel = QLabel(TrainingAttendanceForm)
        self.personComboLabel.setObjectName(u"personComboLabel")

        self.fieldsLayout.addWidget(self.personComboLabel, 0, 0, 1, 1)

        self.personCombo = QComboBox(TrainingAttendanceForm)
        self.personCombo.setObjectName(u"personCombo")

        self.fieldsLayout.addWidget(self.personCombo, 0, 1, 1, 1)

        self.personComboError = QLabel(TrainingAttendanceForm)
        self.personComboError.setObjectName(u"personComboError")
        self.personComboError.setWordWrap(True)
        self.personComboError.setStyleSheet(u"color: #b00020;")
        self.personComboError.setText(u"")

        self.fieldsLayout.addWidget(self.personComboError, 0, 2, 1, 1)

        self.stateComboLabel = QLabel(TrainingAttendanceForm)
        self.stateComboLabel.setObjectName(u"stateComboLabel")

        self.fieldsLayout.addWidget(self.stateComboLabel, 1, 0, 1, 1)

        self.stateCombo = QComboBox(TrainingAttendanceForm)
        self.stateCombo.setObjectName(u"stateCombo")

        self.fieldsLayout.addWidget(self.stateCombo, 1, 1, 1, 1)

        self.stateComboError = QLabel(TrainingAttendanceForm)
        self.stateComboError.setObjectName(u"stateComboError")
        self.stateComboError.setWordWrap(True)
        self.stateComboError.setStyleSheet(u"color: #b00020;")
        self.stateComboError.setText(u"")

        self.fieldsLayout.addWidget(self.stateComboError, 1, 2, 1, 1)

        self.scoreEditLabel = QLabel(TrainingAttendanceForm)
        self.scoreEditLabel.setObjectName(u"scoreEditLabel")

        self.fieldsLayout.addWidget(self.scoreEditLabel, 2, 0, 1, 1)

        self.scoreEdit = QLineEdit(TrainingAttendanceForm)
        self.scoreEdit.setObjectName(u"scoreEdit")

        self.fieldsLayout.addWidget(self.scoreEdit, 2, 1, 1, 1)

        self.scoreEditError = QLabel(TrainingAttendanceForm)
        self.scoreEditError.setObjectName(u"scoreEditError")
        self.scoreEditError.setWordWrap(True)
        self.scoreEditError.setStyleSheet(u"color: #b00020;")
        self.scoreEditError.setText(u"")

        self.fieldsLayout.addWidget(self.scoreEditError, 2, 2, 1, 1)

        self.passedComboLabel = QLabel(TrainingAttendanceForm)
        self.passedComboLabel.setObjectName(u"passedComboLabel")

        self.fieldsLayout.addWidget(self.passedComboLabel, 3, 0, 1, 1)

        self.passedCombo = QComboBox(TrainingAttendanceForm)
        self.passedCombo.setObjectName(u"passedCombo")

        self.fieldsLayout.addWidget(self.passedCombo, 3, 1, 1, 1)

        self.passedComboError = QLabel(TrainingAttendanceForm)
        self.passedComboError.setObjectName(u"passedComboError")
        self.passedComboError.setWordWrap(True)
        self.passedComboError.setStyleSheet(u"color: #b00020;")
        self.passedComboError.setText(u"")

        self.fieldsLayout.addWidget(self.passedComboError, 3, 2, 1, 1)

        self.noteEditLabel = QLabel(TrainingAttendanceForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.fieldsLayout.addWidget(self.noteEditLabel, 4, 0, 1, 1)

        self.noteEdit = QLineEdit(TrainingAttendanceForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fieldsLayout.addWidget(self.noteEdit, 4, 1, 1, 1)

        self.noteEditError = QLabel(TrainingAttendanceForm)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setWordWrap(True)
        self.noteEditError.setStyleSheet(u"color: #b00020;")
        self.noteEditError.setText(u"")

        self.fieldsLayout.addWidget(self.noteEditError, 4, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.removeButton = QPushButton(TrainingAttendanceForm)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(TrainingAttendanceForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(TrainingAttendanceForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.personComboLabel.setBuddy(self.personCombo)
        self.stateComboLabel.setBuddy(self.stateCombo)
        self.scoreEditLabel.setBuddy(self.scoreEdit)
        self.passedComboLabel.setBuddy(self.passedCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingAttendanceForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingAttendanceForm)
    # setupUi

    def retranslateUi(self, TrainingAttendanceForm):
        self.personComboLabel.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Person", None))
        self.stateComboLabel.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Attendance", None))
        self.scoreEditLabel.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Score", None))
        self.passedComboLabel.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Passed", None))
        self.noteEditLabel.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Note", None))
        self.removeButton.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Take off the list", None))
        self.revertButton.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("TrainingAttendanceForm", u"Record", None))
        pass
    # retranslateUi

