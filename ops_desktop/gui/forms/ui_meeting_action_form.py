# Generated from ui/meeting_action_form.ui by ops_desktop.gui.build_forms; do not edit.
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

from ops_desktop.gui.date_field import DateField

class Ui_MeetingActionForm(object):
    def setupUi(self, MeetingActionForm):
        if not MeetingActionForm.objectName():
            MeetingActionForm.setObjectName(u"MeetingActionForm")
        self.outerLayout = QVBoxLayout(MeetingActionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.actionTextEditLabel = QLabel(MeetingActionForm)
        self.actionTextEditLabel.setObjectName(u"actionTextEditLabel")

        self.fieldsLayout.addWidget(self.actionTextEditLabel, 0, 0, 1, 1)

        self.actionTextEdit = QLineEdit(MeetingActionForm)
        self.actionTextEdit.setObjectName(u"actionTextEdit")

        self.fieldsLayout.addWidget(self.actionTextEdit, 0, 1, 1, 1)

        self.actionTextEditError = QLabel(MeetingActionForm)
        self.actionTextEditError.setObjectName(u"actionTextEditError")
        self.actionTextEditError.setStyleSheet(u"color: #b00020;")
        self.actionTextEditError.setText(u"")

        self.fieldsLayout.addWidget(self.actionTextEditError, 0, 2, 1, 1)

        self.ownerComboLabel = QLabel(MeetingActionForm)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.fieldsLayout.addWidget(self.ownerComboLabel, 1, 0, 1, 1)

        self.ownerCombo = QComboBox(MeetingActionForm)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsLayout.addWidget(self.ownerCombo, 1, 1, 1, 1)

        self.ownerComboError = QLabel(MeetingActionForm)
        self.ownerComboError.setObjectName(u"ownerComboError")
        self.ownerComboError.setStyleSheet(u"color: #b00020;")
        self.ownerComboError.setText(u"")

        self.fieldsLayout.addWidget(self.ownerComboError, 1, 2, 1, 1)

        self.dueDateEditLabel = QLabel(MeetingActionForm)
        self.dueDateEditLabel.setObjectName(u"dueDateEditLabel")

        self.fieldsLayout.addWidget(self.dueDateEditLabel, 2, 0, 1, 1)

        self.dueDateEdit = DateField(MeetingActionForm)
        self.dueDateEdit.setObjectName(u"dueDateEdit")

        self.fieldsLayout.addWidget(self.dueDateEdit, 2, 1, 1, 1)

        self.dueDateEditError = QLabel(MeetingActionForm)
        self.dueDateEditError.setObjectName(u"dueDateEditError")
        self.dueDateEditError.setStyleSheet(u"color: #b00020;")
        self.dueDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.dueDateEditError, 2, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.newActionButton = QPushButton(MeetingActionForm)
        self.newActionButton.setObjectName(u"newActionButton")

        self.buttonsLayout.addWidget(self.newActionButton)

        self.saveActionButton = QPushButton(MeetingActionForm)
        self.saveActionButton.setObjectName(u"saveActionButton")

        self.buttonsLayout.addWidget(self.saveActionButton)

        self.addActionButton = QPushButton(MeetingActionForm)
        self.addActionButton.setObjectName(u"addActionButton")

        self.buttonsLayout.addWidget(self.addActionButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.actionTextEditLabel.setBuddy(self.actionTextEdit)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.dueDateEditLabel.setBuddy(self.dueDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingActionForm)

        self.addActionButton.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingActionForm)
    # setupUi

    def retranslateUi(self, MeetingActionForm):
        self.actionTextEditLabel.setText(QCoreApplication.translate("MeetingActionForm", u"Task", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("MeetingActionForm", u"Owner", None))
        self.dueDateEditLabel.setText(QCoreApplication.translate("MeetingActionForm", u"Due date", None))
        self.newActionButton.setText(QCoreApplication.translate("MeetingActionForm", u"Clear the form", None))
        self.saveActionButton.setText(QCoreApplication.translate("MeetingActionForm", u"Save changes", None))
        self.addActionButton.setText(QCoreApplication.translate("MeetingActionForm", u"Add task", None))
        pass
    # retranslateUi

