# Generated from ui/training_plan_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TrainingPlanForm(object):
    def setupUi(self, TrainingPlanForm):
        if not TrainingPlanForm.objectName():
            TrainingPlanForm.setObjectName(u"TrainingPlanForm")
        self.outerLayout = QVBoxLayout(TrainingPlanForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.budgetEditLabel = QLabel(TrainingPlanForm)
        self.budgetEditLabel.setObjectName(u"budgetEditLabel")

        self.fieldsLayout.addWidget(self.budgetEditLabel, 0, 0, 1, 1)

        self.budgetEdit = QLineEdit(TrainingPlanForm)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.fieldsLayout.addWidget(self.budgetEdit, 0, 1, 1, 1)

        self.budgetEditError = QLabel(TrainingPlanForm)
        self.budgetEditError.setObjectName(u"budgetEditError")
        self.budgetEditError.setWordWrap(True)
        self.budgetEditError.setStyleSheet(u"color: #b00020;")
        self.budgetEditError.setText(u"")

        self.fieldsLayout.addWidget(self.budgetEditError, 0, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(TrainingPlanForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(TrainingPlanForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.budgetEditLabel.setBuddy(self.budgetEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingPlanForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingPlanForm)
    # setupUi

    def retranslateUi(self, TrainingPlanForm):
        self.budgetEditLabel.setText(QCoreApplication.translate("TrainingPlanForm", u"Plan budget", None))
        self.revertButton.setText(QCoreApplication.translate("TrainingPlanForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("TrainingPlanForm", u"Set budget", None))
        pass
    # retranslateUi

