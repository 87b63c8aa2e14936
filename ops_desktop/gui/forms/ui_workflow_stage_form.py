# Generated from ui/workflow_stage_form.ui by ops_desktop.gui.build_forms; do not edit.
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

class Ui_WorkflowStageForm(object):
    def setupUi(self, WorkflowStageForm):
        if not WorkflowStageForm.objectName():
            WorkflowStageForm.setObjectName(u"WorkflowStageForm")
        self.outerLayout = QVBoxLayout(WorkflowStageForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.nameEditLabel = QLabel(WorkflowStageForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.fieldsLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(WorkflowStageForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameEditError = QLabel(WorkflowStageForm)
        self.nameEditError.setObjectName(u"nameEditError")
        self.nameEditError.setWordWrap(True)
        self.nameEditError.setStyleSheet(u"color: #b00020;")
        self.nameEditError.setText(u"")

        self.fieldsLayout.addWidget(self.nameEditError, 0, 2, 1, 1)

        self.positionComboLabel = QLabel(WorkflowStageForm)
        self.positionComboLabel.setObjectName(u"positionComboLabel")

        self.fieldsLayout.addWidget(self.positionComboLabel, 1, 0, 1, 1)

        self.positionCombo = QComboBox(WorkflowStageForm)
        self.positionCombo.setObjectName(u"positionCombo")

        self.fieldsLayout.addWidget(self.positionCombo, 1, 1, 1, 1)

        self.positionComboError = QLabel(WorkflowStageForm)
        self.positionComboError.setObjectName(u"positionComboError")
        self.positionComboError.setWordWrap(True)
        self.positionComboError.setStyleSheet(u"color: #b00020;")
        self.positionComboError.setText(u"")

        self.fieldsLayout.addWidget(self.positionComboError, 1, 2, 1, 1)

        self.approvalEditLabel = QLabel(WorkflowStageForm)
        self.approvalEditLabel.setObjectName(u"approvalEditLabel")

        self.fieldsLayout.addWidget(self.approvalEditLabel, 2, 0, 1, 1)

        self.approvalEdit = QLineEdit(WorkflowStageForm)
        self.approvalEdit.setObjectName(u"approvalEdit")

        self.fieldsLayout.addWidget(self.approvalEdit, 2, 1, 1, 1)

        self.approvalEditError = QLabel(WorkflowStageForm)
        self.approvalEditError.setObjectName(u"approvalEditError")
        self.approvalEditError.setWordWrap(True)
        self.approvalEditError.setStyleSheet(u"color: #b00020;")
        self.approvalEditError.setText(u"")

        self.fieldsLayout.addWidget(self.approvalEditError, 2, 2, 1, 1)

        self.approverComboLabel = QLabel(WorkflowStageForm)
        self.approverComboLabel.setObjectName(u"approverComboLabel")

        self.fieldsLayout.addWidget(self.approverComboLabel, 3, 0, 1, 1)

        self.approverCombo = QComboBox(WorkflowStageForm)
        self.approverCombo.setObjectName(u"approverCombo")

        self.fieldsLayout.addWidget(self.approverCombo, 3, 1, 1, 1)

        self.approverComboError = QLabel(WorkflowStageForm)
        self.approverComboError.setObjectName(u"approverComboError")
        self.approverComboError.setWordWrap(True)
        self.approverComboError.setStyleSheet(u"color: #b00020;")
        self.approverComboError.setText(u"")

        self.fieldsLayout.addWidget(self.approverComboError, 3, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(WorkflowStageForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(WorkflowStageForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.positionComboLabel.setBuddy(self.positionCombo)
        self.approvalEditLabel.setBuddy(self.approvalEdit)
        self.approverComboLabel.setBuddy(self.approverCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowStageForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkflowStageForm)
    # setupUi

    def retranslateUi(self, WorkflowStageForm):
        self.nameEditLabel.setText(QCoreApplication.translate("WorkflowStageForm", u"Stage name", None))
        self.positionComboLabel.setText(QCoreApplication.translate("WorkflowStageForm", u"Responsible position", None))
        self.approvalEditLabel.setText(QCoreApplication.translate("WorkflowStageForm", u"Approval", None))
        self.approverComboLabel.setText(QCoreApplication.translate("WorkflowStageForm", u"Approved by", None))
        self.revertButton.setText(QCoreApplication.translate("WorkflowStageForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("WorkflowStageForm", u"Save", None))
        pass
    # retranslateUi

