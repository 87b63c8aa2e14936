# Generated from ui/regulation_approve.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from ops_desktop.gui.date_field import DateField

class Ui_RegulationApprove(object):
    def setupUi(self, RegulationApprove):
        if not RegulationApprove.objectName():
            RegulationApprove.setObjectName(u"RegulationApprove")
        self.outerLayout = QVBoxLayout(RegulationApprove)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(RegulationApprove)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setText(u"")

        self.outerLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.effectiveDateEditLabel = QLabel(RegulationApprove)
        self.effectiveDateEditLabel.setObjectName(u"effectiveDateEditLabel")

        self.fieldsLayout.addWidget(self.effectiveDateEditLabel, 0, 0, 1, 1)

        self.effectiveDateEdit = DateField(RegulationApprove)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")

        self.fieldsLayout.addWidget(self.effectiveDateEdit, 0, 1, 1, 1)

        self.effectiveDateEditError = QLabel(RegulationApprove)
        self.effectiveDateEditError.setObjectName(u"effectiveDateEditError")
        self.effectiveDateEditError.setStyleSheet(u"color: #b00020;")
        self.effectiveDateEditError.setWordWrap(True)
        self.effectiveDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.effectiveDateEditError, 1, 1, 1, 1)

        self.approverEditLabel = QLabel(RegulationApprove)
        self.approverEditLabel.setObjectName(u"approverEditLabel")

        self.fieldsLayout.addWidget(self.approverEditLabel, 2, 0, 1, 1)

        self.approverEdit = QLineEdit(RegulationApprove)
        self.approverEdit.setObjectName(u"approverEdit")
        self.approverEdit.setMaxLength(80)

        self.fieldsLayout.addWidget(self.approverEdit, 2, 1, 1, 1)

        self.approverEditError = QLabel(RegulationApprove)
        self.approverEditError.setObjectName(u"approverEditError")
        self.approverEditError.setStyleSheet(u"color: #b00020;")
        self.approverEditError.setWordWrap(True)
        self.approverEditError.setText(u"")

        self.fieldsLayout.addWidget(self.approverEditError, 3, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.versionError = QLabel(RegulationApprove)
        self.versionError.setObjectName(u"versionError")
        self.versionError.setStyleSheet(u"color: #b00020;")
        self.versionError.setWordWrap(True)
        self.versionError.setText(u"")

        self.outerLayout.addWidget(self.versionError)

        self.buttonBox = QDialogButtonBox(RegulationApprove)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.effectiveDateEditLabel.setBuddy(self.effectiveDateEdit)
        self.approverEditLabel.setBuddy(self.approverEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegulationApprove)

        QMetaObject.connectSlotsByName(RegulationApprove)
    # setupUi

    def retranslateUi(self, RegulationApprove):
        RegulationApprove.setWindowTitle(QCoreApplication.translate("RegulationApprove", u"Approve the regulation", None))
        self.effectiveDateEditLabel.setText(QCoreApplication.translate("RegulationApprove", u"Effective date", None))
        self.approverEditLabel.setText(QCoreApplication.translate("RegulationApprove", u"Approved by", None))
    # retranslateUi

