package kz.bagalau.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission's composition as versioned orders (000 §5, §31, §34): at least 5 voting members with a chair,
 * and a secretary from the HR service who does not vote. The first order forms the commission; every later one
 * must amend the order in force.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class CommissionCompositions {

    /** 000 §5: the commission has at least five members. */
    public static final int MIN_MEMBERS = 5;

    private final CommissionOrderRepository repository;
    private final OrganisationModel model;

    CommissionCompositions(CommissionOrderRepository repository, OrganisationModel model) {
        this.repository = repository;
        this.model = model;
    }

    /** What HR records from the authorized person's order. */
    public record OrderRequest(String orderNo, LocalDate orderDate, String amendsOrderNo, String chair,
                               String secretary, List<String> members) {}

    public CommissionOrder record(String organisationCode, OrderRequest request, String recordedBy) {
        model.organisation(organisationCode);
        if (request.orderNo() == null || request.orderNo().isBlank() || request.orderDate() == null) {
            throw new BadRequestException("Enter the order's number and date / Бұйрықтың нөмірі мен күні / "
                    + "Номер и дата приказа");
        }
        if (repository.findByOrganisationCodeAndOrderNo(organisationCode, request.orderNo().trim()).isPresent()) {
            throw new BadRequestException("Order " + request.orderNo() + " is recorded already");
        }
        Long amends = amendedOrder(organisationCode, request);
        List<CommissionMember> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        members.add(new CommissionMember(member(organisationCode, request.chair(), "chair", seen), CommissionRole.CHAIR));
        for (String login : request.members() == null ? List.<String>of() : request.members()) {
            members.add(new CommissionMember(member(organisationCode, login, "member", seen), CommissionRole.MEMBER));
        }
        if (members.size() < MIN_MEMBERS) {
            throw new BadRequestException("The commission has at least " + MIN_MEMBERS + " members with the chair "
                    + "(000 §5), the order names " + members.size() + " / Комиссия құрамында кемінде 5 мүше / "
                    + "В составе комиссии не менее 5 членов");
        }
        String secretary = member(organisationCode, request.secretary(), "secretary", seen);
        if (!model.servant(secretary).isInHrService()) {
            throw new BadRequestException("The secretary is an employee of the HR service (000 §34): '" + secretary
                    + "' is not / Хатшы — персоналды басқару қызметінің қызметкері / Секретарь — сотрудник службы "
                    + "управления персоналом");
        }
        members.add(new CommissionMember(secretary, CommissionRole.SECRETARY));
        return repository.save(new CommissionOrder(organisationCode, request.orderNo().trim(), request.orderDate(),
                amends, members, recordedBy, ClockUtil.getCurrentTime().toInstant()));
    }

    /** The composition in force on the day: the latest order dated on or before it. */
    @Transactional(readOnly = true)
    public CommissionOrder inForce(String organisationCode, LocalDate on) {
        return repository.findFirstByOrganisationCodeAndOrderDateLessThanEqualOrderByOrderDateDescIdDesc(
                organisationCode, on).orElseThrow(() -> new BadRequestException("Organisation '" + organisationCode
                + "' has no commission formed by an order dated on or before " + on + " (000 §5): record the order "
                + "first (POST /api/organisations/" + organisationCode + "/commission-orders)"));
    }

    @Transactional(readOnly = true)
    public CommissionOrder order(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundApiException("No commission order " + id));
    }

    @Transactional(readOnly = true)
    public List<CommissionOrder> orders(String organisationCode) {
        return repository.findByOrganisationCodeOrderByOrderDateAscIdAsc(organisationCode);
    }

    /** 000 §31: once a commission exists, members change only by an order amending the one in force. */
    private Long amendedOrder(String organisationCode, OrderRequest request) {
        var latest = repository.findFirstByOrganisationCodeOrderByOrderDateDescIdDesc(organisationCode);
        if (latest.isEmpty()) {
            if (request.amendsOrderNo() != null && !request.amendsOrderNo().isBlank()) {
                throw new BadRequestException("There is no order " + request.amendsOrderNo() + " to amend");
            }
            return null;
        }
        CommissionOrder current = latest.get();
        if (request.amendsOrderNo() == null || !current.getOrderNo().equals(request.amendsOrderNo().trim())) {
            throw new BadRequestException("The commission of " + organisationCode + " was formed by order "
                    + current.getOrderNo() + ": members are replaced only by an order amending it (000 §31); "
                    + "give amendsOrderNo = " + current.getOrderNo());
        }
        if (request.orderDate().isBefore(current.getOrderDate())) {
            throw new BadRequestException("The amending order cannot be dated before order " + current.getOrderNo()
                    + " of " + current.getOrderDate());
        }
        return current.getId();
    }

    private String member(String organisationCode, String login, String role, Set<String> seen) {
        if (login == null || login.isBlank()) {
            throw new BadRequestException("Name the " + role + " of the commission");
        }
        Servant servant = model.servant(login.trim());
        if (!servant.getOrganisation().getCode().equals(organisationCode)) {
            throw new BadRequestException("'" + login + "' does not work in " + organisationCode);
        }
        if (!seen.add(servant.getLogin())) {
            throw new BadRequestException("'" + login + "' is named twice in the order");
        }
        return servant.getLogin();
    }
}
