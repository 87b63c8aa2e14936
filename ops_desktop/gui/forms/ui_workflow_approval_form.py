# Generated from ui/workflow_approval_form.ui by ops_desktop.gui.build_forms; do not edit.
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

class Ui_WorkflowApprovalForm(object):
    def setupUi(self, WorkflowApprovalForm):
        if not WorkflowApprovalForm.objectName():
            WorkflowApprovalForm.setObjectName(u"WorkflowApprovalForm")
        self.outerLayout = QVBoxLayout(WorkflowApprovalForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.stageComboLabel = QLabel(WorkflowApprovalForm)
        self.stageComboLabel.setObjectName(u"stageComboLabel")

        self.fieldsLayout.addWidget(self.stageComboLabel, 0, 0, 1, 1)

        self.stageCombo = QComboBox(WorkflowApprovalForm)
        self.stageCombo.setObjectName(u"stageCombo")

        self.fieldsLayout.addWidget(self.stageCombo, 0, 1, 1, 1)

        self.stageComboError = QLabel(WorkflowApprovalForm)
        self.stageComboError.setObjectName(u"stageComboError")
        self.stageComboError.setWordWrap(True)
        self.stageComboError.setStyleSheet(u"color: #b00020;")
        self.stageComboError.setText(u"")

        self.fieldsLayout.addWidget(self.stageComboError, 0, 2, 1, 1)

        self.approverEditLabel = QLabel(WorkflowApprovalForm)
        self.approverEditLabel.setObjectName(u"approverEditLabel")

        self.fieldsLayout.addWidget(self.approverEditLabel, 1, 0, 1, 1)

        self.approverEdit = QLineEdit(WorkflowApprovalForm)
        self.approverEdit.setObjectName(u"approverEdit")

        self.fieldsLayout.addWidget(self.approverEdit, 1, 1, 1, 1)

        self.approverEditError = QLabel(WorkflowApprovalForm)
        self.approverEditError.setObjectName(u"approverEditError")
        self.approverEditError.setWordWrap(True)
        self.approverEditError.setStyleSheet(u"color: #b00020;")
        self.approverEditError.setText(u"")

        self.fieldsLayout.addWidget(self.approverEditError, 1, 2, 1, 1)

        self.dateEditLabel = QLabel(WorkflowApprovalForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.fieldsLayout.addWidget(self.dateEditLabel, 2, 0, 1, 1)

        self.dateEdit = DateField(WorkflowApprovalForm)
        self.dateEdit.setObjectName(u"dateEdit")

        self.fieldsLayout.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.dateEditError = QLabel(WorkflowApprovalForm)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setWordWrap(True)
        self.dateEditError.setStyleSheet(u"color: #b00020;")
        self.dateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.dateEditError, 2, 2, 1, 1)

        self.decisionComboLabel = QLabel(WorkflowApprovalForm)
        self.decisionComboLabel.setObjectName(u"decisionComboLabel")

        self.fieldsLayout.addWidget(self.decisionComboLabel, 3, 0, 1, 1)

        self.decisionCombo = QComboBox(WorkflowApprovalForm)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.fieldsLayout.addWidget(self.decisionCombo, 3, 1, 1, 1)

        self.decisionComboError = QLabel(WorkflowApprovalForm)
        self.decisionComboError.setObjectName(u"decisionComboError")
        self.decisionComboError.setWordWrap(True)
        self.decisionComboError.setStyleSheet(u"color: #b00020;")
        self.decisionComboError.setText(u"")

        self.fieldsLayout.addWidget(self.decisionComboError, 3, 2, 1, 1)

        self.commentEditLabel = QLabel(WorkflowApprovalForm)
        self.commentEditLabel.setObjectName(u"commentEditLabel")

        self.fieldsLayout.addWidget(self.commentEditLabel, 4, 0, 1, 1)

        self.commentEdit = QLineEdit(WorkflowApprovalForm)
        self.commentEdit.setObjectName(u"commentEdit")

        self.fieldsLayout.addWidget(self.commentEdit, 4, 1, 1, 1)

        self.commentEditError = QLabel(WorkflowApprovalForm)
        self.commentEditError.setObjectName(u"commentEditError")
        self.commentEditError.setWordWrap(True)
        self.commentEditError.setStyleSheet(u"color: #b00020;")
        self.commentEditError.setText(u"")

        self.fieldsLayout.addWidget(self.commentEditError, 4, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(WorkflowApprovalForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(WorkflowApprovalForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.stageComboLabel.setBuddy(self.stageCombo)
        self.approverEditLabel.setBuddy(self.approverEdit)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.decisionComboLabel.setBuddy(self.decisionCombo)
        self.commentEditLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowApprovalForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkflowApprovalForm)
    # setupUi

    def retranslateUi(self, WorkflowApprovalForm):
        self.stageComboLabel.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Stage", None))
        self.approverEditLabel.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Approver", None))
        self.dateEditLabel.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Date", None))
        self.decisionComboLabel.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Decision", None))
        self.commentEditLabel.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Comment", None))
        self.revertButton.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Clear", None))
        self.saveButton.setText(QCoreApplication.translate("WorkflowApprovalForm", u"Record", None))
        pass
    # retranslateUi

