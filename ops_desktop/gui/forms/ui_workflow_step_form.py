# Generated from ui/workflow_step_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WorkflowStepForm(object):
    def setupUi(self, WorkflowStepForm):
        if not WorkflowStepForm.objectName():
            WorkflowStepForm.setObjectName(u"WorkflowStepForm")
        self.outerLayout = QVBoxLayout(WorkflowStepForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.textEditLabel = QLabel(WorkflowStepForm)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.fieldsLayout.addWidget(self.textEditLabel, 0, 0, 1, 1)

        self.textEdit = QPlainTextEdit(WorkflowStepForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.textEdit, 0, 1, 1, 1)

        self.textEditError = QLabel(WorkflowStepForm)
        self.textEditError.setObjectName(u"textEditError")
        self.textEditError.setWordWrap(True)
        self.textEditError.setStyleSheet(u"color: #b00020;")
        self.textEditError.setText(u"")

        self.fieldsLayout.addWidget(self.textEditError, 0, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newStepButton = QPushButton(WorkflowStepForm)
        self.newStepButton.setObjectName(u"newStepButton")

        self.buttonsLayout.addWidget(self.newStepButton)

        self.activeButton = QPushButton(WorkflowStepForm)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(WorkflowStepForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(WorkflowStepForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.textEditLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkflowStepForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkflowStepForm)
    # setupUi

    def retranslateUi(self, WorkflowStepForm):
        self.textEditLabel.setText(QCoreApplication.translate("WorkflowStepForm", u"Step", None))
        self.newStepButton.setText(QCoreApplication.translate("WorkflowStepForm", u"New step", None))
        self.activeButton.setText(QCoreApplication.translate("WorkflowStepForm", u"Deactivate", None))
        self.revertButton.setText(QCoreApplication.translate("WorkflowStepForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("WorkflowStepForm", u"Save", None))
        pass
    # retranslateUi

