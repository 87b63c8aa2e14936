# Generated from ui/training_session_form.ui by ops_desktop.gui.build_forms; do not edit.
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

from ops_desktop.gui.date_field import DateField

class Ui_TrainingSessionForm(object):
    def setupUi(self, TrainingSessionForm):
        if not TrainingSessionForm.objectName():
            TrainingSessionForm.setObjectName(u"TrainingSessionForm")
        self.outerLayout = QVBoxLayout(TrainingSessionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.heldOnEditLabel = QLabel(TrainingSessionForm)
        self.heldOnEditLabel.setObjectName(u"heldOnEditLabel")

        self.fieldsLayout.addWidget(self.heldOnEditLabel, 0, 0, 1, 1)

        self.heldOnEdit = DateField(TrainingSessionForm)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.fieldsLayout.addWidget(self.heldOnEdit, 0, 1, 1, 1)

        self.heldOnEditError = QLabel(TrainingSessionForm)
        self.heldOnEditError.setObjectName(u"heldOnEditError")
        self.heldOnEditError.setWordWrap(True)
        self.heldOnEditError.setStyleSheet(u"color: #b00020;")
        self.heldOnEditError.setText(u"")

        self.fieldsLayout.addWidget(self.heldOnEditError, 0, 2, 1, 1)

        self.locationEditLabel = QLabel(TrainingSessionForm)
        self.locationEditLabel.setObjectName(u"locationEditLabel")

        self.fieldsLayout.addWidget(self.locationEditLabel, 1, 0, 1, 1)

        self.locationEdit = QLineEdit(TrainingSessionForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.fieldsLayout.addWidget(self.locationEdit, 1, 1, 1, 1)

        self.locationEditError = QLabel(TrainingSessionForm)
        self.locationEditError.setObjectName(u"locationEditError")
        self.locationEditError.setWordWrap(True)
        self.locationEditError.setStyleSheet(u"color: #b00020;")
        self.locationEditError.setText(u"")

        self.fieldsLayout.addWidget(self.locationEditError, 1, 2, 1, 1)

        self.hoursEditLabel = QLabel(TrainingSessionForm)
        self.hoursEditLabel.setObjectName(u"hoursEditLabel")

        self.fieldsLayout.addWidget(self.hoursEditLabel, 2, 0, 1, 1)

        self.hoursEdit = QLineEdit(TrainingSessionForm)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.fieldsLayout.addWidget(self.hoursEdit, 2, 1, 1, 1)

        self.hoursEditError = QLabel(TrainingSessionForm)
        self.hoursEditError.setObjectName(u"hoursEditError")
        self.hoursEditError.setWordWrap(True)
        self.hoursEditError.setStyleSheet(u"color: #b00020;")
        self.hoursEditError.setText(u"")

        self.fieldsLayout.addWidget(self.hoursEditError, 2, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newSessionButton = QPushButton(TrainingSessionForm)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.buttonsLayout.addWidget(self.newSessionButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(TrainingSessionForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(TrainingSessionForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.heldOnEditLabel.setBuddy(self.heldOnEdit)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.hoursEditLabel.setBuddy(self.hoursEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingSessionForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingSessionForm)
    # setupUi

    def retranslateUi(self, TrainingSessionForm):
        self.heldOnEditLabel.setText(QCoreApplication.translate("TrainingSessionForm", u"Date", None))
        self.locationEditLabel.setText(QCoreApplication.translate("TrainingSessionForm", u"Location", None))
        self.hoursEditLabel.setText(QCoreApplication.translate("TrainingSessionForm", u"Hours", None))
        self.newSessionButton.setText(QCoreApplication.translate("TrainingSessionForm", u"New session", None))
        self.revertButton.setText(QCoreApplication.translate("TrainingSessionForm", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("TrainingSessionForm", u"Save", None))
        pass
    # retranslateUi

